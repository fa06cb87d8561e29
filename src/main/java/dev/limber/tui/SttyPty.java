package dev.limber.tui;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.ControlFlag;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;
import org.jline.terminal.impl.AbstractPty;
import org.jline.terminal.spi.Pty;

/**
 * The terminal's settings, changed in exactly what is asked and in nothing else.
 *
 * <p>JLine's native terminal writes a change back as a whole termios structure built from its own
 * model of the settings, which has no line speed and no line discipline: after a session, {@code stty
 * -a} said "speed 0 baud; line = 6" where it had said 38400 and 0 (the speed zeroed, the discipline
 * whatever was on the native stack). Here the settings and the size are still read natively, and
 * each change goes through {@code stty}, which reads the settings, changes only the flags and
 * characters named, and writes everything else back as it was. Where stty can't be run, changes go
 * the native way, as before.
 */
final class SttyPty extends AbstractPty {

    /** stty answers in milliseconds; one that hangs (a terminal gone) is not waited on for ever. */
    private static final long PATIENCE_MILLIS = 3_000;

    private final Pty device;
    private boolean stty = true;

    /** @param device JLine's native pty for standard input and output */
    SttyPty(Pty device) {
        super(device.getProvider(), device.getSystemStream());
        this.device = device;
    }

    @Override
    public Attributes getAttr() throws IOException {
        return device.getAttr();
    }

    @Override
    protected void doSetAttr(Attributes wanted) throws IOException {
        List<String> changes = changes(wanted, device.getAttr());
        if (changes.isEmpty()) {
            return;
        }
        if (stty && run(changes)) {
            return;
        }
        stty = false;
        device.setAttr(wanted);
    }

    /** stty's words for what differs, as JLine's own stty-based terminal spells them. */
    static List<String> changes(Attributes wanted, Attributes current) {
        List<String> words = new ArrayList<>();
        for (InputFlag flag : InputFlag.values()) {
            // INORMEOL is JLine's own, applied as it reads; no terminal has it.
            if (flag != InputFlag.INORMEOL && wanted.getInputFlag(flag) != current.getInputFlag(flag)) {
                words.add(word(flag.name(), wanted.getInputFlag(flag)));
            }
        }
        for (OutputFlag flag : OutputFlag.values()) {
            if (wanted.getOutputFlag(flag) != current.getOutputFlag(flag)) {
                words.add(word(flag.name(), wanted.getOutputFlag(flag)));
            }
        }
        for (ControlFlag flag : ControlFlag.values()) {
            if (wanted.getControlFlag(flag) != current.getControlFlag(flag)) {
                words.add(word(flag.name(), wanted.getControlFlag(flag)));
            }
        }
        for (LocalFlag flag : LocalFlag.values()) {
            if (wanted.getLocalFlag(flag) != current.getLocalFlag(flag)) {
                words.add(word(flag.name(), wanted.getLocalFlag(flag)));
            }
        }
        for (ControlChar c : ControlChar.values()) {
            int value = wanted.getControlChar(c);
            if (value >= 0 && value != current.getControlChar(c)) {
                words.add(c.name().substring(1).toLowerCase(Locale.ROOT));
                words.add(c == ControlChar.VMIN || c == ControlChar.VTIME ? Integer.toString(value) : character(value));
            }
        }
        return words;
    }

    private static String word(String flag, boolean on) {
        return (on ? "" : "-") + flag.toLowerCase(Locale.ROOT);
    }

    /** A control character as every stty reads it: {@code undef}, {@code ^C}, {@code ^?} or itself. */
    private static String character(int value) {
        if (value == 0) {
            return "undef";
        }
        if (value < 32 || value == 127) {
            return "^" + (char) (value ^ 0x40);
        }
        return String.valueOf((char) value);
    }

    /** Runs stty on standard input, the terminal; true when it made every change. */
    private static boolean run(List<String> changes) {
        List<String> command = new ArrayList<>(changes.size() + 1);
        command.add("stty");
        command.addAll(changes);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    protected InputStream doGetSlaveInput() {
        // The native pty's terminal is standard input; its own stream would change the settings natively.
        return new FileInputStream(FileDescriptor.in);
    }

    @Override
    public OutputStream getSlaveOutput() throws IOException {
        return device.getSlaveOutput();
    }

    @Override
    public InputStream getMasterInput() throws IOException {
        return device.getMasterInput();
    }

    @Override
    public OutputStream getMasterOutput() throws IOException {
        return device.getMasterOutput();
    }

    @Override
    public Size getSize() throws IOException {
        return device.getSize();
    }

    @Override
    public void setSize(Size size) throws IOException {
        device.setSize(size);
    }

    @Override
    public void close() throws IOException {
        device.close();
    }
}

package dev.limber.history;

import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process holding the history's lock, as a second Limber saving (or a stuck one) would: it
 * says "locked", then holds the lock until its standard input closes.
 */
public final class HoldLock {

    private HoldLock() {}

    @SuppressWarnings("try") // the lock is held by being open, until stdin ends
    public static void main(String[] args) throws Exception {
        try (FileChannel channel =
                        FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // Holding on.
            }
        }
    }
}

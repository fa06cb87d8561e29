package dev.limber.cli;

import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code limber completion}: a script that teaches bash (and zsh) to complete Limber's command line. */
@Command(
        name = "completion",
        description = {
            "Print a completion script for bash and zsh.",
            "",
            "It completes commands, options, and routine and program ids. The ids are asked of Limber each time"
                    + " you press Tab, so your own routines are offered as soon as they are in your routine folder."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(limber completion)     in this shell (bash or zsh)",
            "  limber completion > ~/.local/share/bash-completion/completions/limber",
            "                                  in every new bash (with bash-completion)"
        })
final class CompletionCommand implements Callable<Integer> {

    /**
     * The completion candidates of a routine ID parameter (show's). They are known only when Tab is
     * pressed, so the script asks {@code limber list --format ids} right there instead (see {@link #script}).
     */
    static final class RoutineIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Collections.emptyIterator();
        }
    }

    /**
     * The completion candidates of a PROGRAM parameter ({@code program show}'s): asked of
     * {@code limber program list --format ids} at Tab, like {@link RoutineIds}.
     */
    static final class ProgramIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Collections.emptyIterator();
        }
    }

    /** {@link ProgramIds}, and {@code none}, which picocli writes into the script ({@code program use}'s). */
    static final class ProgramIdsOrNone implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.List.of("none").iterator();
        }
    }

    /** The line picocli writes to offer {@link RoutineIds} for an ID, which the script replaces. */
    private static final String STATIC_IDS = "positionals=$( compReplyArray \"${ID_pos_param_args[@]}\" )\n";

    // Indented to sit where picocli's line was, inside its positional parameter case.
    private static final String DYNAMIC_IDS = """
            if [[ ${curr_word} == */* ]]; then
                    # A '/' makes it a routine file's path, as for 'limber show' itself.
                    type compopt &>/dev/null && compopt -o filenames
                    positionals=$( compgen -f -- "${curr_word}" )
                  else
                    positionals=$( compReplyArray $(_limber_routine_ids) )
                  fi
            """;

    private static final String IDS_FUNCTION = """

            # Routine ids for `limber show ID`, from Limber itself at each Tab, so that your own routines
            # are there too; a --routines DIR typed earlier on the line is passed on.
            function _limber_routine_ids() {
              local limber=${COMP_WORDS[0]/#\\~/$HOME}
              local args=(list --format ids)
              local i
              for (( i = 1; i < COMP_CWORD - 1; i++ )); do
                if [[ ${COMP_WORDS[i]} == --routines ]]; then
                  args+=(--routines "${COMP_WORDS[i+1]/#\\~/$HOME}")
                fi
              done
              "$limber" "${args[@]}" 2>/dev/null
            }
            """;

    /** The line picocli writes to offer {@link ProgramIds} for a PROGRAM: to which the script adds the ids. */
    private static final String STATIC_PROGRAMS = "positionals=$( compReplyArray \"${PROGRAM_pos_param_args[@]}\" )\n";

    // Unquoted, so that show's empty list (picocli writes it as one empty word) offers nothing of its own.
    private static final String DYNAMIC_PROGRAMS =
            "positionals=$( compReplyArray ${PROGRAM_pos_param_args[@]} $(_limber_program_ids) )\n";

    private static final String PROGRAM_IDS_FUNCTION = """

            # Program ids for `limber program show ID` and `use ID`, asked of Limber at each Tab, as
            # routine ids are.
            function _limber_program_ids() {
              local limber=${COMP_WORDS[0]/#\\~/$HOME}
              local args=(program list --format ids)
              local i
              for (( i = 1; i < COMP_CWORD - 1; i++ )); do
                if [[ ${COMP_WORDS[i]} == --routines ]]; then
                  args+=(--routines "${COMP_WORDS[i+1]/#\\~/$HOME}")
                fi
              done
              "$limber" "${args[@]}" 2>/dev/null
            }
            """;

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    @SuppressWarnings("UnusedVariable") // picocli sets it and answers --help itself (usageHelp)
    private boolean help;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script(spec.root().commandLine()));
        return Exit.OK;
    }

    /**
     * picocli's completion script for the whole command tree, with routine ids looked up at Tab time.
     * picocli only knows candidates it can list when the script is made, hence the one replacement.
     */
    static String script(CommandLine limber) {
        String generated = AutoComplete.bash("limber", limber);
        if (!generated.contains(STATIC_IDS) || !generated.contains(STATIC_PROGRAMS)) {
            // picocli changed how it writes candidates: fail here rather than ship a script without ids.
            throw new IllegalStateException("no place for routine or program ids in picocli's completion script");
        }
        return generated.replace(STATIC_IDS, DYNAMIC_IDS).replace(STATIC_PROGRAMS, DYNAMIC_PROGRAMS)
                + IDS_FUNCTION
                + PROGRAM_IDS_FUNCTION;
    }
}

package org.enginehost.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code host repl}: the interactive prompt. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"Start an interactive session (also what 'host' with no arguments does on a terminal).",
            "Blocks continue until an empty line; Ctrl-D or exit() leaves."})
final class ReplCommand implements Callable<Integer> {

    @ParentCommand
    private HostCommand root;

    @Override
    public Integer call() {
        return new Repl(root).start();
    }
}

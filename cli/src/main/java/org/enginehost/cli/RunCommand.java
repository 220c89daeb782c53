package org.enginehost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.enginehost.spi.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code host run FILE [ARGS...]}: runs a script file, or standard input for {@code -}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a script. Everything after FILE is passed to the script as sys.argv[1:].")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private HostCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The script, or - to read it from standard input.")
    private String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script.")
    private List<String> args = new ArrayList<>();

    RunCommand() {
    }

    /** The command picocli would have made for {@code host ... run file args...}. */
    RunCommand(HostCommand root, String file, List<String> args) {
        this.root = root;
        this.file = file;
        this.args = args;
    }

    @Override
    public Integer call() {
        Source source;
        try {
            source = read();
        } catch (IOException e) {
            root.terminal().err().println("host: can't open file '" + file + "': " + reason(e));
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(args);
        return new ScriptLauncher(root).launch(source, argv);
    }

    private Source read() throws IOException {
        if (file.equals("-")) {
            InputStream in = root.terminal().in();
            return Source.of("<stdin>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // As CPython (3.9 and later): the script's __file__ and its tracebacks name it by its
        // absolute path (".." left in, as CPython does); sys.argv[0] stays as given.
        return Source.fromFile(Path.of(file).toAbsolutePath());
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            return "[Errno 21] Is a directory";
        }
        return e.toString();
    }
}

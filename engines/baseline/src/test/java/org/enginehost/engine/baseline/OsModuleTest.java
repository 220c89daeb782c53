package org.enginehost.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.Permission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The os module's permission checks: file system queries need file-read, os.environ needs environment. */
class OsModuleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Interpreter create(InterpreterConfig.Builder b) {
        return new BaselineEngine().create(b.stdout(out).stderr(out).build());
    }

    private static final String PROBE = "import os\n"
            + "for f in (lambda: sorted(os.listdir('.')), lambda: os.path.exists('a.txt'), lambda: os.getenv('PATH') is not None,\n"
            + "          lambda: os.environ is os.environ, lambda: os.mkdir('d'), lambda: os.path.join('x', 'y')):\n"
            + "    try:\n"
            + "        print(f())\n"
            + "    except PermissionError as e:\n"
            + "        print('PermissionError:', e)\n";

    @Test
    void noPermissions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        try (Interpreter py = create(InterpreterConfig.builder().workingDirectory(dir))) {
            py.exec(PROBE);
        }
        assertEquals("PermissionError: os.listdir('.') needs the file-read permission, which this interpreter was not granted\n"
                + "PermissionError: os.path.exists('a.txt') needs the file-read permission, which this interpreter was not granted\n"
                + "PermissionError: os.environ needs the environment permission, which this interpreter was not granted\n"
                + "PermissionError: os.environ needs the environment permission, which this interpreter was not granted\n"
                + "PermissionError: os.mkdir('d') needs the file-write permission, which this interpreter was not granted\n"
                + "x/y\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void granted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        try (Interpreter py = create(InterpreterConfig.builder().workingDirectory(dir)
                .grant(Permission.FILE_READ, Permission.FILE_WRITE, Permission.ENV))) {
            py.exec(PROBE);
        }
        assertEquals("['a.txt']\nTrue\n" + (System.getenv("PATH") != null ? "True" : "False") + "\nTrue\nNone\nx/y\n",
                out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isDirectory(dir.resolve("d")));
    }
}

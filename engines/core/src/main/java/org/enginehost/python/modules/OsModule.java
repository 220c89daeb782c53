package org.enginehost.python.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFile;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.Sandbox;
import org.enginehost.python.runtime.ThreadState;
import org.enginehost.spi.Permission;

/**
 * {@code _os}: the primitives under the Python-source {@code os} module (lib/os.py) that reach the
 * host — the file system (checked against the file-read / file-write permissions exactly as
 * {@code open()} is) and the environment (the environment permission). Pure path arithmetic lives
 * in lib/posixpath.py.
 */
final class OsModule {
    private OsModule() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    static PyModule create() {
        PyModule m = new PyModule("_os", null);
        m.defineFunction("getcwd", (a, k) -> {
            PyBuiltinFunction.checkArgs("getcwd", a, k, 0, 0);
            Sandbox.require(Permission.FILE_READ, "os.getcwd()");
            return new PyStr(resolve(".").toAbsolutePath().normalize().toString());
        });
        m.defineFunction("listdir", (a, k) -> {
            PyBuiltinFunction.checkArgs("listdir", a, k, 0, 1);
            String p = a.length == 0 || a[0] == PyNone.NONE ? "." : fspath(a[0], "listdir");
            Sandbox.require(Permission.FILE_READ, "os.listdir(" + new PyStr(p).repr() + ")");
            PyList out = new PyList();
            try (Stream<Path> s = Files.list(resolve(p))) {
                s.forEach(x -> out.append(new PyStr(x.getFileName().toString())));
            } catch (IOException e) {
                throw error(e, p);
            }
            return out;
        });
        m.defineFunction("exists", (a, k) -> query(a, k, "exists", 0));
        m.defineFunction("isfile", (a, k) -> query(a, k, "isfile", 1));
        m.defineFunction("isdir", (a, k) -> query(a, k, "isdir", 2));
        m.defineFunction("islink", (a, k) -> query(a, k, "islink", 3));
        m.defineFunction("getsize", (a, k) -> {
            PyBuiltinFunction.checkArgs("getsize", a, k, 1, 1);
            String p = fspath(a[0], "stat");
            Sandbox.require(Permission.FILE_READ, "os.path.getsize(" + new PyStr(p).repr() + ")");
            try {
                return PyInt.of(Files.size(resolve(p)));
            } catch (IOException e) {
                throw error(e, p);
            }
        });
        m.defineFunction("mkdir", (a, k) -> {
            PyObject[] p = Args.bind("mkdir", a, k, new String[] {"path", "mode"}, 1, 2);
            String path = fspath(p[0], "mkdir");
            Sandbox.require(Permission.FILE_WRITE, "os.mkdir(" + new PyStr(path).repr() + ")");
            try {
                Files.createDirectory(resolve(path));
            } catch (IOException e) {
                throw error(e, path);
            }
            return PyNone.NONE;
        });
        m.defineFunction("rmdir", (a, k) -> {
            PyBuiltinFunction.checkArgs("rmdir", a, k, 1, 1);
            String path = fspath(a[0], "rmdir");
            Sandbox.require(Permission.FILE_WRITE, "os.rmdir(" + new PyStr(path).repr() + ")");
            Path r = resolve(path);
            if (Files.exists(r) && !Files.isDirectory(r)) {
                throw PyFile.osError(ExceptionTypes.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", path);
            }
            try {
                Files.delete(r);
            } catch (IOException e) {
                throw error(e, path);
            }
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body remove = (a, k) -> {
            PyBuiltinFunction.checkArgs("remove", a, k, 1, 1);
            String path = fspath(a[0], "remove");
            Sandbox.require(Permission.FILE_WRITE, "os.remove(" + new PyStr(path).repr() + ")");
            Path r = resolve(path);
            if (Files.isDirectory(r, LinkOption.NOFOLLOW_LINKS)) {
                throw PyFile.osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", path);
            }
            try {
                Files.delete(r);
            } catch (IOException e) {
                throw error(e, path);
            }
            return PyNone.NONE;
        };
        m.defineFunction("remove", remove);
        m.defineFunction("unlink", remove);
        m.defineFunction("rename", (a, k) -> {
            PyBuiltinFunction.checkArgs("rename", a, k, 2, 2);
            String src = fspath(a[0], "rename");
            String dst = fspath(a[1], "rename");
            Sandbox.require(Permission.FILE_WRITE, "os.rename(" + new PyStr(src).repr() + ", " + new PyStr(dst).repr() + ")");
            try {
                Files.move(resolve(src), resolve(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw error(e, src);
            }
            return PyNone.NONE;
        });
        m.defineFunction("environ", (a, k) -> {
            PyBuiltinFunction.checkArgs("environ", a, k, 0, 0);
            Sandbox.require(Permission.ENV, "os.environ");
            PyDict d = new PyDict();
            for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
                d.put(new PyStr(e.getKey()), new PyStr(e.getValue()));
            }
            return d;
        });
        m.defineFunction("stat", (a, k) -> {
            PyBuiltinFunction.checkArgs("stat", a, k, 2, 2);
            String p = fspath(a[0], "stat");
            Sandbox.require(Permission.FILE_READ, "os.stat(" + new PyStr(p).repr() + ")");
            return FileStat.of(resolve(p), p, a[1].isTrue());
        });
        m.defineFunction("getpid", (a, k) -> {
            PyBuiltinFunction.checkArgs("getpid", a, k, 0, 0);
            return PyInt.of(ProcessHandle.current().pid());
        });
        m.defineFunction("cpu_count", (a, k) -> {
            PyBuiltinFunction.checkArgs("cpu_count", a, k, 0, 0);
            return PyInt.of(Runtime.getRuntime().availableProcessors());
        });
        m.defineFunction("urandom", (a, k) -> {
            PyBuiltinFunction.checkArgs("urandom", a, k, 1, 1);
            int n = Args.toSmallInt(a[0], "Python int too large to convert to C ssize_t");
            if (n < 0) {
                throw PyErr.valueError("negative argument not allowed");
            }
            byte[] b = new byte[n];
            RANDOM.nextBytes(b);
            return new PyBytes(b);
        });
        return m;
    }

    /** exists/isfile/isdir/islink: False for a missing path, like CPython (errors become False). */
    private static PyObject query(PyObject[] a, String[] k, String name, int what) {
        PyBuiltinFunction.checkArgs(name, a, k, 1, 1);
        String p = fspath(a[0], "stat");
        Sandbox.require(Permission.FILE_READ, "os.path." + name + "(" + new PyStr(p).repr() + ")");
        if (p.isEmpty()) {
            return PyBool.FALSE;
        }
        Path r = resolve(p);
        switch (what) {
            case 0: return PyBool.of(Files.exists(r));
            case 1: return PyBool.of(Files.isRegularFile(r));
            case 2: return PyBool.of(Files.isDirectory(r));
            default: return PyBool.of(Files.isSymbolicLink(r));
        }
    }

    /** A path argument: a str (or an object whose {@code __fspath__} returns one). */
    static String fspath(PyObject o, String fname) {
        PyObject p = Operations.fspath(o);
        if (p instanceof PyStr) {
            return ((PyStr) p).value;
        }
        throw PyErr.typeError(fname + ": path should be string, bytes or os.PathLike, not " + o.getType().name);
    }

    /**
     * The file {@code p} names, relative to the interpreter's working directory. The empty path
     * names no file (POSIX): FileNotFoundError, never the working directory itself.
     */
    private static Path resolve(String p) {
        if (p.isEmpty()) {
            throw PyFile.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", p);
        }
        return ThreadState.current().interpreter.resolvePath(p);
    }

    static PyException error(IOException e, String path) {
        if (e instanceof NoSuchFileException) {
            return PyFile.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", path);
        }
        if (e instanceof FileAlreadyExistsException) {
            return PyFile.osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", path);
        }
        if (e instanceof AccessDeniedException) {
            return PyFile.osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", path);
        }
        if (e instanceof NotDirectoryException) {
            return PyFile.osError(ExceptionTypes.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", path);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return PyFile.osError(ExceptionTypes.OS_ERROR, 39, "Directory not empty", path);
        }
        // Other failures come as a FileSystemException whose reason is the C library's strerror text.
        String reason = e instanceof java.nio.file.FileSystemException ? ((java.nio.file.FileSystemException) e).getReason()
                : null;
        if ("Not a directory".equals(reason)) {
            return PyFile.osError(ExceptionTypes.NOT_A_DIRECTORY_ERROR, 20, reason, path);
        }
        if ("Is a directory".equals(reason)) {
            return PyFile.osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, reason, path);
        }
        return PyErr.format(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
    }
}

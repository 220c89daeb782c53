package org.enginehost.python.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyTuple;

/**
 * {@code _os.stat}: the ten fields of CPython's {@code os.stat_result} in its order (mode, ino,
 * dev, nlink, uid, gid, size, and the access, modification and status-change times in
 * nanoseconds); lib/os.py turns them into the stat_result. The JDK's "unix" attribute view gives
 * all of them on Linux and macOS; elsewhere the basic view gives the size, the times and a mode
 * made from the file's kind, and zeros for the rest.
 */
final class FileStat {
    private FileStat() {
    }

    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;

    static PyObject of(Path path, String shown, boolean followLinks) {
        LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            try {
                Map<String, Object> u = Files.readAttributes(path, "unix:*", options);
                return fields(((Number) u.get("mode")).longValue(), ((Number) u.get("ino")).longValue(),
                        ((Number) u.get("dev")).longValue(), ((Number) u.get("nlink")).longValue(),
                        ((Number) u.get("uid")).longValue(), ((Number) u.get("gid")).longValue(),
                        ((Number) u.get("size")).longValue(), (FileTime) u.get("lastAccessTime"),
                        (FileTime) u.get("lastModifiedTime"), (FileTime) u.get("ctime"));
            } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
                BasicFileAttributes b = Files.readAttributes(path, BasicFileAttributes.class, options);
                long kind = b.isDirectory() ? S_IFDIR | 0755 : b.isSymbolicLink() ? S_IFLNK | 0777 : S_IFREG | 0644;
                return fields(kind, 0, 0, 1, 0, 0, b.size(), b.lastAccessTime(), b.lastModifiedTime(),
                        b.lastModifiedTime());
            }
        } catch (IOException e) {
            throw OsModule.error(e, shown);
        }
    }

    private static PyObject fields(long mode, long ino, long dev, long nlink, long uid, long gid, long size,
                                   FileTime atime, FileTime mtime, FileTime ctime) {
        return PyTuple.of(PyInt.of(mode), PyInt.of(ino), PyInt.of(dev), PyInt.of(nlink), PyInt.of(uid),
                PyInt.of(gid), PyInt.of(size), nanos(atime), nanos(mtime), nanos(ctime));
    }

    private static PyObject nanos(FileTime t) {
        long seconds = t.toInstant().getEpochSecond();
        long nanos = t.toInstant().getNano();
        return PyInt.of(java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(nanos)));
    }
}

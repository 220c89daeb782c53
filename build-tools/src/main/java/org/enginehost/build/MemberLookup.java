package org.enginehost.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds the access flags of a method, looking in the classes being rewritten and then in the class
 * path of their module (the JDK's classes included): a
 * lambda class may call a method for its host only where the host's access rights are not needed
 * beyond its package and nest, which a protected method inherited from another package is.
 */
final class MemberLookup {
    private final Map<String, ClassNode> local;
    private final ClassLoader classPath;
    private final Map<String, ClassNode> loaded = new HashMap<>();

    MemberLookup(Map<String, ClassNode> local, ClassLoader classPath) {
        this.local = local;
        this.classPath = classPath;
    }

    /** The access flags of {@code owner.name desc}, declared or inherited; null when it cannot be found. */
    Integer methodAccess(String owner, String name, String desc) {
        ClassNode c = find(owner);
        if (c == null) {
            return null;
        }
        for (MethodNode m : c.methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return m.access;
            }
        }
        if (c.superName != null) {
            Integer a = methodAccess(c.superName, name, desc);
            if (a != null) {
                return a;
            }
        }
        for (String i : c.interfaces) {
            Integer a = methodAccess(i, name, desc);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private ClassNode find(String name) {
        ClassNode c = local.get(name);
        if (c != null) {
            return c;
        }
        return loaded.computeIfAbsent(name, this::read);
    }

    private ClassNode read(String name) {
        try (InputStream in = classPath.getResourceAsStream(name + ".class")) {
            if (in == null) {
                return null;
            }
            ClassNode c = new ClassNode();
            new ClassReader(in).accept(c, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return c;
        } catch (IOException e) {
            return null;
        }
    }
}

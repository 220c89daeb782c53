package org.enginehost.build;

import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PROTECTED;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites every class file under a directory so that each {@code invokedynamic} bootstrapped by
 * {@code LambdaMetafactory.metafactory} becomes {@code invokestatic Host$LambdaN.create(captures)}, a
 * class written next to the host that implements the functional interface (see {@link LambdaClass}).
 *
 * <p>Why: the engines are plugins, loaded by PF4J's class loader, whose lambda proxies the JDK's
 * class-data-sharing archive cannot hold; the JDK spun some 460 of them on every start, on the main
 * thread, and compiled its own class writer for them with C2 time the program's hot code needed.
 * Ordinary classes in the plugin jar are just loaded.
 *
 * <p>The lambda class is a nestmate of the host (its NestHost names the host's nest host, which lists
 * it among its NestMembers), so it may call the host's private {@code lambda$} methods without any
 * access flag changing. Call sites it cannot translate exactly are left as they are and counted:
 * altMetafactory (serializable lambdas, marker interfaces, bridges), the other bootstraps (string
 * concatenation, records), protected methods of another package (only the host may call them).
 *
 * <p>Idempotent: a second run finds no metafactory call site and writes nothing. Lambda classes that
 * no class calls any more (their host was recompiled with fewer lambdas, or none) are deleted.
 *
 * <p>Usage: {@code LambdaClasses [--classpath PATH] DIR...}: each DIR is a class output directory,
 * rewritten in place; PATH is its module's class path, where methods of other packages are looked up.
 */
public final class LambdaClasses {
    private static final String LMF = "java/lang/invoke/LambdaMetafactory";
    private static final Pattern GENERATED_NAME = Pattern.compile(".*\\$Lambda\\d+");
    /**
     * Call sites one class stands in for at most. Its interface method switches over them; a
     * bounded switch keeps that method small enough to compile quickly.
     */
    private static final int MERGED = 16;

    private LambdaClasses() {
    }

    public static void main(String[] args) throws IOException {
        List<String> dirs = new ArrayList<>(Arrays.asList(args));
        List<URL> classPath = new ArrayList<>();
        if (dirs.size() >= 2 && dirs.get(0).equals("--classpath")) {
            for (String entry : dirs.get(1).split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    classPath.add(Path.of(entry).toUri().toURL());
                }
            }
            dirs = dirs.subList(2, dirs.size());
        }
        if (dirs.isEmpty()) {
            System.err.println("usage: LambdaClasses [--classpath PATH] DIR...");
            System.exit(2);
        }
        try (URLClassLoader types = new URLClassLoader(classPath.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader())) {
            for (String dir : dirs) {
                System.out.println("[lambda-classes] " + dir + ": " + rewrite(Path.of(dir), types));
            }
        }
    }

    /** What one run did; {@code left} counts the call sites left as invokedynamic, by reason. */
    record Report(int converted, int classes, Map<String, Integer> left, int written, int deleted) {
        @Override
        public String toString() {
            return converted + " lambdas as " + classes + " classes, " + left.values().stream().mapToInt(Integer::intValue).sum()
                    + " invokedynamic left " + left + ", " + written + " files written, " + deleted + " deleted";
        }
    }

    /** Rewrites the classes under {@code dir}; {@code classPath} finds the classes they call in other packages. */
    static Report rewrite(Path dir, ClassLoader classPath) throws IOException {
        Map<String, ClassNode> classes = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                ClassNode c = new ClassNode();
                new ClassReader(Files.readAllBytes(p)).accept(c, 0);
                classes.put(c.name, c);
                files.put(c.name, p);
            }
        }
        Set<String> oldLambdaClasses = new TreeSet<>();
        for (ClassNode c : classes.values()) {
            if (isLambdaClass(c)) {
                oldLambdaClasses.add(c.name);
            }
        }
        Map<String, Integer> left = new TreeMap<>();
        int converted = 0;
        Map<String, byte[]> created = new TreeMap<>();
        Map<String, String> nestHosts = new TreeMap<>(); // lambda class to nest host
        Set<String> changed = new TreeSet<>();
        MemberLookup lookup = new MemberLookup(classes, classPath);
        for (ClassNode host : classes.values()) {
            if (oldLambdaClasses.contains(host.name)) {
                continue;
            }
            // Every translatable call site of the host, in order; those of one interface method and
            // one list of captured types then share classes of up to MERGED sites
            // (LambdaClass.generateMerged).
            List<Conversion> sites = new ArrayList<>();
            for (MethodNode m : host.methods) {
                for (AbstractInsnNode insn : m.instructions.toArray()) {
                    if (!(insn instanceof InvokeDynamicInsnNode indy)) {
                        continue;
                    }
                    try {
                        LambdaClass.Site site = site(host, indy, classes, lookup);
                        LambdaClass.generate(host.name + "$Lambda", site); // only to find what cannot be translated
                        sites.add(new Conversion(m, indy, site));
                    } catch (LambdaConversions.Untranslatable e) {
                        left.merge(e.getMessage(), 1, Integer::sum);
                    }
                }
            }
            Map<String, List<Conversion>> shared = new LinkedHashMap<>();
            List<List<Conversion>> classesOfHost = new ArrayList<>();
            for (Conversion c : sites) {
                String key = c.site().factoryDesc() + " " + c.site().methodName() + c.site().erasedType().getDescriptor();
                List<Conversion> group = shared.get(key);
                if (group == null || group.size() == MERGED) {
                    group = new ArrayList<>();
                    shared.put(key, group);
                    classesOfHost.add(group);
                }
                group.add(c);
            }
            converted += sites.size();
            int next = 0;
            for (List<Conversion> group : classesOfHost) {
                while (classes.containsKey(host.name + "$Lambda" + next)
                        && !oldLambdaClasses.contains(host.name + "$Lambda" + next)) {
                    next++; // a class of the program has that name
                }
                String name = host.name + "$Lambda" + next++;
                if (group.size() == 1) {
                    Conversion c = group.get(0);
                    created.put(name, LambdaClass.generate(name, c.site()));
                    c.method().instructions.set(c.indy(), new MethodInsnNode(Opcodes.INVOKESTATIC, name,
                            LambdaClass.FACTORY, c.indy().desc, false));
                } else {
                    List<LambdaClass.Site> members = new ArrayList<>();
                    for (int k = 0; k < group.size(); k++) {
                        Conversion c = group.get(k);
                        members.add(c.site());
                        c.method().instructions.set(c.indy(), new MethodInsnNode(Opcodes.INVOKESTATIC, name,
                                LambdaClass.FACTORY + k, c.indy().desc, false));
                    }
                    created.put(name, LambdaClass.generateMerged(name, members));
                }
                nestHosts.put(name, group.get(0).site().nestHost());
                changed.add(host.name);
            }
        }
        int deleted = deleteOrphans(classes, files, oldLambdaClasses, created.keySet(), changed);
        for (String kept : oldLambdaClasses) {
            if (files.containsKey(kept)) {
                nestHosts.putIfAbsent(kept, classes.get(kept).nestHostClass);
            }
        }
        // Every lambda class in its nest, in name order whatever was recompiled: a nest host compiled
        // again has only javac's members, though its nested classes' lambda classes may be older.
        for (Map.Entry<String, String> e : nestHosts.entrySet()) {
            ClassNode nestHost = classes.get(e.getValue());
            if (nestHost != null && addNestMember(nestHost, e.getKey())) {
                changed.add(nestHost.name);
            }
        }
        int written = 0;
        for (String name : changed) {
            if (!files.containsKey(name)) {
                continue; // an orphan just deleted
            }
            ClassWriter cw = new ClassWriter(0); // same stack effect as the invokedynamic: max stack and frames hold
            classes.get(name).accept(cw);
            Files.write(files.get(name), cw.toByteArray());
            written++;
        }
        for (Map.Entry<String, byte[]> e : created.entrySet()) {
            Path p = dir.resolve(e.getKey() + ".class");
            if (!Files.exists(p) || !Arrays.equals(Files.readAllBytes(p), e.getValue())) {
                Files.write(p, e.getValue());
                written++;
            }
        }
        return new Report(converted, created.size(), left, written, deleted);
    }

    /** A call site to convert: where it is and what it makes. */
    private record Conversion(MethodNode method, InvokeDynamicInsnNode indy, LambdaClass.Site site) {
    }

    /** A class this program wrote: synthetic, named Host$LambdaN. */
    private static boolean isLambdaClass(ClassNode c) {
        return (c.access & ACC_SYNTHETIC) != 0 && GENERATED_NAME.matcher(c.name).matches();
    }

    /** The lambda class's description for {@code indy}, or Untranslatable with the reason to leave it. */
    private static LambdaClass.Site site(ClassNode host, InvokeDynamicInsnNode indy, Map<String, ClassNode> classes,
                                         MemberLookup lookup) {
        Handle bsm = indy.bsm;
        if (!bsm.getOwner().equals(LMF) || !bsm.getName().equals("metafactory")) {
            String owner = bsm.getOwner().substring(bsm.getOwner().lastIndexOf('/') + 1);
            throw new LambdaConversions.Untranslatable(owner + "." + bsm.getName());
        }
        Object[] args = indy.bsmArgs;
        if (args.length != 3 || !(args[0] instanceof Type erased) || !(args[1] instanceof Handle impl)
                || !(args[2] instanceof Type instantiated)) {
            throw new LambdaConversions.Untranslatable("unusual metafactory arguments");
        }
        if ((host.version & 0xFFFF) < Opcodes.V11) {
            throw new LambdaConversions.Untranslatable("class file before Java 11 (no nestmates)");
        }
        String nestHost = host.nestHostClass != null ? host.nestHostClass : host.name;
        if (!classes.containsKey(nestHost)) {
            throw new LambdaConversions.Untranslatable("nest host not in the directory");
        }
        if (impl.getOwner().startsWith("[")) {
            throw new LambdaConversions.Untranslatable("method of an array type");
        }
        if (indy.name.equals(LambdaClass.FACTORY)) {
            throw new LambdaConversions.Untranslatable("interface method named " + LambdaClass.FACTORY);
        }
        int invoke = switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            // javac's form for the host's own private instance methods; a nestmate calls them virtually,
            // as LambdaMetafactory's own proxy does. invokespecial of anything else needs the host itself.
            case Opcodes.H_INVOKESPECIAL -> {
                Integer access = impl.getOwner().equals(host.name)
                        ? lookup.methodAccess(host.name, impl.getName(), impl.getDesc()) : null;
                if (access == null || (access & ACC_PRIVATE) == 0) {
                    throw new LambdaConversions.Untranslatable("invokespecial of a non-private method");
                }
                yield impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
            }
            default -> throw new LambdaConversions.Untranslatable("method handle kind " + impl.getTag());
        };
        if (!samePackage(impl.getOwner(), host.name)) {
            // Public or protected (private and package members of another package the host cannot name).
            Integer access = lookup.methodAccess(impl.getOwner(), impl.getName(), impl.getDesc());
            if (access == null) {
                throw new LambdaConversions.Untranslatable("method of another package not found");
            }
            if ((access & ACC_PROTECTED) != 0) {
                throw new LambdaConversions.Untranslatable("protected method of another package");
            }
        }
        return new LambdaClass.Site(host.sourceFile, host.version, nestHost, indy.desc, indy.name, erased, impl,
                instantiated, invoke);
    }

    private static boolean samePackage(String a, String b) {
        return a.substring(0, Math.max(0, a.lastIndexOf('/'))).equals(b.substring(0, Math.max(0, b.lastIndexOf('/'))));
    }

    /** Lists {@code member} in the nest host's NestMembers; false when it already was. */
    private static boolean addNestMember(ClassNode nestHost, String member) {
        if (nestHost.nestMembers == null) {
            nestHost.nestMembers = new ArrayList<>();
        }
        if (nestHost.nestMembers.contains(member)) {
            return false;
        }
        nestHost.nestMembers.add(member);
        return true;
    }

    /**
     * Deletes the lambda classes of an earlier run that no class calls any more, and takes them off their
     * nest host's NestMembers; returns how many.
     */
    private static int deleteOrphans(Map<String, ClassNode> classes, Map<String, Path> files, Set<String> old,
                                     Set<String> created, Set<String> changed) throws IOException {
        Set<String> called = new HashSet<>(created);
        for (ClassNode c : classes.values()) {
            if (old.contains(c.name)) {
                continue;
            }
            for (MethodNode m : c.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call && old.contains(call.owner)) {
                        called.add(call.owner);
                    }
                }
            }
        }
        List<String> orphans = new ArrayList<>(old);
        orphans.removeAll(called);
        for (String orphan : orphans) {
            ClassNode nestHost = classes.get(classes.get(orphan).nestHostClass);
            if (nestHost != null && nestHost.nestMembers != null && nestHost.nestMembers.remove(orphan)) {
                changed.add(nestHost.name);
            }
            Files.delete(files.remove(orphan));
        }
        return orphans.size();
    }
}

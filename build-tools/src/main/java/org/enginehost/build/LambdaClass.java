package org.enginehost.build;

import static org.objectweb.asm.Opcodes.ACONST_NULL;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.H_NEWINVOKESPECIAL;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.POP;
import static org.objectweb.asm.Opcodes.POP2;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.PUTSTATIC;
import static org.objectweb.asm.Opcodes.RETURN;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Writes the class that stands in for one LambdaMetafactory.metafactory call site: it implements the
 * functional interface, keeps the captured values in fields, and its interface method calls the
 * implementation method with the conversions LambdaMetafactory would apply. The host replaces its
 * invokedynamic by {@code invokestatic NAME.create(captures)Iface}, which has the same stack effect.
 */
final class LambdaClass {
    static final String FACTORY = "create";
    private static final String INSTANCE = "INSTANCE";
    private static final String WHICH = "which";
    private static final String OBJECT = "java/lang/Object";

    private LambdaClass() {
    }

    /** The parts of a metafactory call site a lambda class is made from. */
    record Site(String hostSource, int version, String nestHost, String factoryDesc, String methodName,
                Type erasedType, Handle impl, Type instantiatedType, int invokeOpcode) {
    }

    /**
     * The class file for {@code site}, named {@code name}; throws {@link LambdaConversions.Untranslatable}
     * when the types call for an adaptation LambdaMetafactory does not make.
     */
    static byte[] generate(String name, Site site) {
        Type factory = Type.getMethodType(site.factoryDesc());
        Type[] captured = factory.getArgumentTypes();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        // Synthetic and final: no source code names it, nothing extends it.
        cw.visit(site.version(), ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, OBJECT,
                new String[] {factory.getReturnType().getInternalName()});
        if (site.hostSource() != null) {
            cw.visitSource(site.hostSource(), null);
        }
        // A nestmate of the host, so that it may call the host's private lambda$ methods.
        cw.visitNestHost(site.nestHost());
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "arg" + i, captured[i].getDescriptor(), null, null).visitEnd();
        }
        constructor(cw, name, captured);
        factoryMethod(cw, name, factory, captured);
        interfaceMethod(cw, name, site, captured);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void constructor(ClassWriter cw, String name, Type[] captured) {
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured),
                null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        int local = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(ILOAD), local);
            mv.visitFieldInsn(PUTFIELD, name, "arg" + i, captured[i].getDescriptor());
            local += captured[i].getSize();
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** create(captures): a new instance per call when capturing, else the one shared instance. */
    private static void factoryMethod(ClassWriter cw, String name, Type factory, Type[] captured) {
        String self = Type.getObjectType(name).getDescriptor();
        if (captured.length == 0) {
            cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, INSTANCE, self, null, null).visitEnd();
            MethodVisitor init = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
            init.visitCode();
            init.visitTypeInsn(NEW, name);
            init.visitInsn(DUP);
            init.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
            init.visitFieldInsn(PUTSTATIC, name, INSTANCE, self);
            init.visitInsn(RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();
        }
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, FACTORY, factory.getDescriptor(), null, null);
        mv.visitCode();
        if (captured.length == 0) {
            mv.visitFieldInsn(GETSTATIC, name, INSTANCE, self);
        } else {
            mv.visitTypeInsn(NEW, name);
            mv.visitInsn(DUP);
            int local = 0;
            for (Type t : captured) {
                mv.visitVarInsn(t.getOpcode(ILOAD), local);
                local += t.getSize();
            }
            mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), false);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The interface method: captured values, then the converted arguments, the call, the converted result. */
    private static void interfaceMethod(ClassWriter cw, String name, Site site, Type[] captured) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, site.methodName(), site.erasedType().getDescriptor(), null, null);
        mv.visitCode();
        callAndReturn(mv, name, site, captured);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * The class that stands in for several call sites of one host with the same interface method
     * (same name and erased type) and the same captured types: its instances record which site
     * made them, and its interface method switches on that. A script's start loads the builtin
     * types' method tables, some 450 lambdas; as one class each, loading them was most of that
     * time (an engine's classes come from its plugin jar one by one). The host calls
     * {@code invokestatic NAME.createK(captures)Iface} for site K; without captures that returns
     * the site's one instance, as {@link #generate}'s factory does.
     */
    static byte[] generateMerged(String name, List<Site> sites) {
        Site first = sites.get(0);
        Type factory = Type.getMethodType(first.factoryDesc());
        Type[] captured = factory.getArgumentTypes();
        String self = Type.getObjectType(name).getDescriptor();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return OBJECT; // never needed: each case is entered from the switch alone, with the same frame
            }
        };
        cw.visit(first.version(), ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, OBJECT,
                new String[] {factory.getReturnType().getInternalName()});
        if (first.hostSource() != null) {
            cw.visitSource(first.hostSource(), null);
        }
        cw.visitNestHost(first.nestHost());
        cw.visitField(ACC_PRIVATE | ACC_FINAL, WHICH, "I", null, null).visitEnd();
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "arg" + i, captured[i].getDescriptor(), null, null).visitEnd();
        }
        Type[] initParams = prepend(Type.INT_TYPE, captured);
        String initDesc = Type.getMethodDescriptor(Type.VOID_TYPE, initParams);
        MethodVisitor init = cw.visitMethod(ACC_PRIVATE, "<init>", initDesc, null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ILOAD, 1);
        init.visitFieldInsn(PUTFIELD, name, WHICH, "I");
        int local = 2;
        for (int i = 0; i < captured.length; i++) {
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(captured[i].getOpcode(ILOAD), local);
            init.visitFieldInsn(PUTFIELD, name, "arg" + i, captured[i].getDescriptor());
            local += captured[i].getSize();
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor clinit = captured.length == 0 ? cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null) : null;
        if (clinit != null) {
            clinit.visitCode();
        }
        for (int k = 0; k < sites.size(); k++) {
            MethodVisitor create = cw.visitMethod(ACC_STATIC, FACTORY + k, factory.getDescriptor(), null, null);
            create.visitCode();
            if (clinit != null) {
                cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, INSTANCE + k, self, null, null).visitEnd();
                clinit.visitTypeInsn(NEW, name);
                clinit.visitInsn(DUP);
                clinit.visitLdcInsn(k);
                clinit.visitMethodInsn(INVOKESPECIAL, name, "<init>", initDesc, false);
                clinit.visitFieldInsn(PUTSTATIC, name, INSTANCE + k, self);
                create.visitFieldInsn(GETSTATIC, name, INSTANCE + k, self);
            } else {
                create.visitTypeInsn(NEW, name);
                create.visitInsn(DUP);
                create.visitLdcInsn(k);
                int arg = 0;
                for (Type t : captured) {
                    create.visitVarInsn(t.getOpcode(ILOAD), arg);
                    arg += t.getSize();
                }
                create.visitMethodInsn(INVOKESPECIAL, name, "<init>", initDesc, false);
            }
            create.visitInsn(ARETURN);
            create.visitMaxs(0, 0);
            create.visitEnd();
        }
        if (clinit != null) {
            clinit.visitInsn(RETURN);
            clinit.visitMaxs(0, 0);
            clinit.visitEnd();
        }

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, first.methodName(), first.erasedType().getDescriptor(), null, null);
        mv.visitCode();
        Label[] cases = new Label[sites.size()];
        for (int k = 0; k < cases.length; k++) {
            cases[k] = new Label();
        }
        Label none = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, WHICH, "I");
        mv.visitTableSwitchInsn(0, cases.length - 1, none, cases);
        for (int k = 0; k < cases.length; k++) {
            mv.visitLabel(cases[k]);
            callAndReturn(mv, name, sites.get(k), captured);
        }
        mv.visitLabel(none); // no instance has another number
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The body of an interface method for {@code site}: arguments, the call, the converted result, the return. */
    private static void callAndReturn(MethodVisitor mv, String name, Site site, Type[] captured) {
        Handle impl = site.impl();
        boolean constructor = impl.getTag() == H_NEWINVOKESPECIAL;
        boolean hasReceiver = site.invokeOpcode() != INVOKESTATIC && !constructor;
        Type implType = Type.getMethodType(impl.getDesc());
        Type owner = Type.getObjectType(impl.getOwner());
        Type[] implParams = prepend(hasReceiver ? owner : null, implType.getArgumentTypes());
        Type implReturn = constructor ? owner : implType.getReturnType();
        Type[] erased = site.erasedType().getArgumentTypes();
        Type[] instantiated = site.instantiatedType().getArgumentTypes();
        if (captured.length + erased.length != implParams.length || instantiated.length != erased.length) {
            throw new LambdaConversions.Untranslatable("arity mismatch");
        }
        if (constructor) {
            mv.visitTypeInsn(NEW, impl.getOwner());
            mv.visitInsn(DUP);
        }
        for (int i = 0; i < captured.length; i++) {
            Type target = implParams[i];
            boolean primitive = LambdaConversions.isPrimitive(captured[i]) || LambdaConversions.isPrimitive(target);
            if (primitive && !captured[i].equals(target)) {
                // LambdaMetafactory passes captured values unconverted; javac never needs more.
                throw new LambdaConversions.Untranslatable("captured " + captured[i] + " for " + target);
            }
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, "arg" + i, captured[i].getDescriptor());
            LambdaConversions.convert(mv, captured[i], target, captured[i]);
        }
        int local = 1;
        for (int i = 0; i < erased.length; i++) {
            mv.visitVarInsn(erased[i].getOpcode(ILOAD), local);
            local += erased[i].getSize();
            LambdaConversions.convert(mv, erased[i], implParams[captured.length + i], instantiated[i]);
        }
        String method = constructor ? "<init>" : impl.getName();
        int opcode = constructor ? INVOKESPECIAL : site.invokeOpcode();
        mv.visitMethodInsn(opcode, impl.getOwner(), method, impl.getDesc(), impl.isInterface());
        Type samReturn = site.erasedType().getReturnType();
        if (samReturn.getSort() == Type.VOID) {
            if (implReturn.getSort() != Type.VOID) {
                mv.visitInsn(implReturn.getSize() == 2 ? POP2 : POP);
            }
        } else {
            if (implReturn.getSort() == Type.VOID) {
                throw new LambdaConversions.Untranslatable("void implementation for a value-returning method");
            }
            LambdaConversions.convert(mv, implReturn, samReturn, samReturn);
        }
        mv.visitInsn(samReturn.getOpcode(IRETURN));
    }

    private static Type[] prepend(Type first, Type[] rest) {
        if (first == null) {
            return rest;
        }
        Type[] all = new Type[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}

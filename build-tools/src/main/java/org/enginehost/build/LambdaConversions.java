package org.enginehost.build;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The value conversions LambdaMetafactory applies between an interface method's erased types, the
 * instantiated types and the implementation method's types (see the LambdaMetafactory javadoc: checked
 * casts, boxing, unboxing, primitive widening), emitted as bytecode so that a generated lambda class
 * behaves exactly like the proxy the JDK would have spun, ClassCastException and NullPointerException
 * included.
 */
final class LambdaConversions {
    private LambdaConversions() {
    }

    /** Thrown when a conversion is not one LambdaMetafactory would accept; the call site is then left alone. */
    static final class Untranslatable extends RuntimeException {
        Untranslatable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Converts the value on the stack, of type {@code from}, to {@code to}. {@code functional} is the
     * instantiated type at that position: a reference is first cast to it, which is where a wrong argument
     * passed through the erased interface fails.
     */
    static void convert(MethodVisitor mv, Type from, Type to, Type functional) {
        if (from.equals(to) && to.equals(functional)) {
            return;
        }
        if (from.getSort() == Type.VOID || to.getSort() == Type.VOID) {
            return;
        }
        if (isPrimitive(from)) {
            if (isPrimitive(to)) {
                widen(mv, from, to);
                return;
            }
            Type boxedTarget = primitiveOf(to);
            if (boxedTarget != null) {
                // int to Long: widen first, then box as the target's wrapper.
                widen(mv, from, boxedTarget);
                box(mv, boxedTarget);
            } else {
                // int to Object, Number, Comparable...: box as its own wrapper.
                box(mv, from);
                cast(mv, wrapperOf(from), to);
            }
            return;
        }
        Type source = from;
        if (!isPrimitive(functional)) {
            cast(mv, from, functional);
            source = functional;
        }
        if (!isPrimitive(to)) {
            cast(mv, source, to);
            return;
        }
        Type sourcePrimitive = primitiveOf(source);
        if (sourcePrimitive != null) {
            if (isNumber(sourcePrimitive)) {
                // Integer to long: Integer.longValue(), only where int widens to long.
                wideningOpcode(sourcePrimitive, to);
                unbox(mv, source, to);
            } else {
                // Character to int: charValue() then widen.
                unbox(mv, source, sourcePrimitive);
                widen(mv, sourcePrimitive, to);
            }
        } else {
            // Object to int: the value must be a Number (or the exact wrapper for char and boolean).
            Type via = isNumber(to) ? Type.getObjectType("java/lang/Number") : wrapperOf(to);
            cast(mv, source, via);
            unbox(mv, via, to);
        }
    }

    static boolean isPrimitive(Type t) {
        return t.getSort() >= Type.BOOLEAN && t.getSort() <= Type.DOUBLE;
    }

    /** Numeric primitives (signed or floating); boolean and char are not. */
    private static boolean isNumber(Type primitive) {
        return primitive.getSort() != Type.BOOLEAN && primitive.getSort() != Type.CHAR;
    }

    private static void cast(MethodVisitor mv, Type from, Type to) {
        if (!from.equals(to) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
        }
    }

    /** Widening primitive conversion (JLS 5.1.2); anything else is not a lambda adaptation. */
    private static void widen(MethodVisitor mv, Type from, Type to) {
        int op = wideningOpcode(from, to);
        if (op != Opcodes.NOP) {
            mv.visitInsn(op);
        }
    }

    /** The instruction widening {@code from} to {@code to}: NOP when none is needed. */
    private static int wideningOpcode(Type from, Type to) {
        int f = intLike(from.getSort());
        int t = intLike(to.getSort());
        if (from.getSort() == to.getSort() || (f == Type.INT && t == Type.INT && widensToInt(from, to))) {
            return Opcodes.NOP;
        }
        return switch (f * 16 + t) {
            case Type.INT * 16 + Type.LONG -> Opcodes.I2L;
            case Type.INT * 16 + Type.FLOAT -> Opcodes.I2F;
            case Type.INT * 16 + Type.DOUBLE -> Opcodes.I2D;
            case Type.LONG * 16 + Type.FLOAT -> Opcodes.L2F;
            case Type.LONG * 16 + Type.DOUBLE -> Opcodes.L2D;
            case Type.FLOAT * 16 + Type.DOUBLE -> Opcodes.F2D;
            default -> throw new Untranslatable("no widening from " + from + " to " + to);
        };
    }

    private static int intLike(int sort) {
        return sort == Type.BYTE || sort == Type.SHORT || sort == Type.CHAR ? Type.INT : sort;
    }

    /** Among the int-sized types: byte to short or int, short to int, char to int. */
    private static boolean widensToInt(Type from, Type to) {
        return switch (from.getSort()) {
            case Type.BYTE -> to.getSort() == Type.SHORT || to.getSort() == Type.INT;
            case Type.SHORT, Type.CHAR -> to.getSort() == Type.INT;
            default -> false;
        };
    }

    private static void box(MethodVisitor mv, Type primitive) {
        Type wrapper = wrapperOf(primitive);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper.getInternalName(), "valueOf",
                Type.getMethodDescriptor(wrapper, primitive), false);
    }

    /** {@code owner.intValue()} and the like: owner is a wrapper or java.lang.Number. */
    private static void unbox(MethodVisitor mv, Type owner, Type primitive) {
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner.getInternalName(), primitive.getClassName() + "Value",
                Type.getMethodDescriptor(primitive), false);
    }

    static Type wrapperOf(Type primitive) {
        return Type.getObjectType(switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.FLOAT -> "java/lang/Float";
            case Type.LONG -> "java/lang/Long";
            case Type.DOUBLE -> "java/lang/Double";
            default -> throw new IllegalArgumentException(primitive.toString());
        });
    }

    /** The primitive a wrapper class boxes, or null when {@code t} is no wrapper. */
    static Type primitiveOf(Type t) {
        if (t.getSort() != Type.OBJECT) {
            return null;
        }
        return switch (t.getInternalName()) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            default -> null;
        };
    }
}

package org.unmiss.kit.openapi;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a handler method calls, read from its class's bytecode, following calls to methods of the same
 * class (the controllers' {@code respond(..)} helpers) and into its lambdas. The documents take facts such as "answers 201
 * with Location" or "sends an ETag" from the code itself, so no annotation can fall out of step with it.
 */
final class HandlerBytecode {

    private record Call(String owner, String name) {
    }

    private final Map<String, List<Call>> callsByMethod = new HashMap<>();
    private final String ownerName;

    private HandlerBytecode(Class<?> type) {
        this.ownerName = Type.getInternalName(type);
        try (InputStream bytes = type.getClassLoader() == null ? null
                : type.getClassLoader().getResourceAsStream(ownerName + ".class")) {
            if (bytes == null) {
                return;
            }
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                    List<Call> calls = callsByMethod.computeIfAbsent(name + desc, k -> new ArrayList<>());
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String called, String calledDesc, boolean isInterface) {
                            calls.add(new Call(owner, owner.equals(ownerName) ? called + calledDesc : called));
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
                            // a lambda's body is a synthetic method of this class: () -> new NotFoundException(..)
                            for (Object argument : arguments) {
                                if (argument instanceof Handle target && target.getOwner().equals(ownerName)) {
                                    calls.add(new Call(ownerName, target.getName() + target.getDesc()));
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each controller's class file is read once, however many handler methods it has. */
    private static final ClassValue<HandlerBytecode> READ = new ClassValue<>() {
        @Override
        protected HandlerBytecode computeValue(Class<?> type) {
            return new HandlerBytecode(type);
        }
    };

    static HandlerBytecode of(HandlerMethod handler) {
        return READ.get(ClassUtils.getUserClass(handler.getBeanType()));
    }

    /** Whether the method, or a method of its class that it calls, calls {@code name} on a type whose internal name starts with {@code ownerPrefix}. */
    boolean calls(HandlerMethod handler, String ownerPrefix, String name) {
        Deque<String> pending = new ArrayDeque<>(List.of(handler.getMethod().getName() + Type.getMethodDescriptor(handler.getMethod())));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String method = pending.pop();
            if (!seen.add(method)) {
                continue;
            }
            for (Call call : callsByMethod.getOrDefault(method, List.of())) {
                if (call.owner().equals(ownerName)) {
                    pending.push(call.name());
                } else if (call.owner().startsWith(ownerPrefix) && call.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package dev.pincer.runtime.vet;

import static dev.pincer.runtime.vet.ClassFile.CLASS;
import static dev.pincer.runtime.vet.ClassFile.DOUBLE;
import static dev.pincer.runtime.vet.ClassFile.DYNAMIC;
import static dev.pincer.runtime.vet.ClassFile.FIELDREF;
import static dev.pincer.runtime.vet.ClassFile.FLOAT;
import static dev.pincer.runtime.vet.ClassFile.INTEGER;
import static dev.pincer.runtime.vet.ClassFile.INTERFACE_METHODREF;
import static dev.pincer.runtime.vet.ClassFile.INVOKE_DYNAMIC;
import static dev.pincer.runtime.vet.ClassFile.LONG;
import static dev.pincer.runtime.vet.ClassFile.METHODREF;
import static dev.pincer.runtime.vet.ClassFile.METHOD_HANDLE;
import static dev.pincer.runtime.vet.ClassFile.METHOD_TYPE;
import static dev.pincer.runtime.vet.ClassFile.NAME_AND_TYPE;
import static dev.pincer.runtime.vet.ClassFile.STRING;

import dev.pincer.runtime.vet.ClassFile.BootstrapMethod;
import dev.pincer.runtime.vet.ClassFile.Constant;
import dev.pincer.runtime.vet.ClassFile.Member;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks the references of one parsed class file against the allowlist; one instance per class. */
final class ClassChecker {
    private static final int REF_INVOKE_STATIC = 6;

    private final MemberRules rules;
    private final OwnClasses own;
    private final ClassFile file;
    private final String self;
    private final FindingSink sink;
    /** Bootstrap method handles that passed CONF-BC-003, with their method references and name-and-types. */
    private final Set<Integer> exempt = new HashSet<>();
    private final Set<Integer> bootstrapHandles = new HashSet<>();
    private final Set<Integer> bootstrapOwners = new HashSet<>();
    private final Set<Integer> usedClasses = new HashSet<>();
    private final Map<Integer, String> locations = new HashMap<>();

    ClassChecker(MemberRules rules, OwnClasses own, ClassFile file, FindingSink sink) {
        this.rules = rules;
        this.own = own;
        this.file = file;
        this.self = file.thisClassName();
        this.sink = sink;
    }

    void check() {
        header();
        bootstraps();
        uses();
        propagateLocations();
        pool();
        members();
    }

    private void header() {
        if (file.superClass() == 0) {
            throw new ClassFile.MalformedClassException("it has no superclass; only java.lang.Object may have none");
        }
        usedClasses.add(file.superClass());
        supertype(Descriptors.classEntryName(file.className(file.superClass())));
        for (int index : file.interfaces()) {
            usedClasses.add(index);
            supertype(Descriptors.classEntryName(file.className(index)));
        }
    }

    private void supertype(String type) {
        if (own.contains(type)) {
            return;
        }
        checkClass(type, self);
        rules.refusesAsSupertype(type).ifPresent(reason -> sink.add("CONF-BC-006", self, type,
                self + " may not extend or implement " + type + ": " + reason));
    }

    private void bootstraps() {
        for (BootstrapMethod bootstrap : file.bootstraps()) {
            bootstrapHandles.add(bootstrap.methodHandle());
        }
        for (BootstrapMethod bootstrap : file.bootstraps()) {
            Constant handle = file.constant(bootstrap.methodHandle(), METHOD_HANDLE);
            Constant method = file.constant(handle.second(), METHODREF, INTERFACE_METHODREF);
            Constant nameAndType = file.constant(method.second(), NAME_AND_TYPE);
            String owner = Descriptors.classEntryName(file.className(method.first()));
            String name = file.utf8(nameAndType.first());
            String reference = owner + "#" + name;
            Verdict verdict = handle.first() != REF_INVOKE_STATIC || own.contains(owner)
                    ? new Verdict.Denied("CONF-BC-003", 0, "a bootstrap must be one of javac's static bootstrap methods")
                    : rules.allowlist().checkBootstrap(owner, name);
            if (verdict instanceof Verdict.Denied denied) {
                sink.add(denied.ruleId(), self, reference, reference + " is not an allowed bootstrap: " + denied.reason());
            } else {
                exempt.add(bootstrap.methodHandle());
                exempt.add(handle.second());
                exempt.add(method.second());
                bootstrapOwners.add(method.first());
                for (String type : Descriptors.classNames(file.utf8(nameAndType.second()))) {
                    if (!rules.allowlist().isBootstrapType(type) && !rules.allowlist().checkClass(type).allowed()) {
                        sink.add("CONF-BC-004", self, type, type + " appears in the descriptor of bootstrap " + reference
                                + " but is neither allowed nor a bootstrap type");
                    }
                }
            }
            for (int argument : bootstrap.arguments()) {
                Constant constant = file.constant(argument, INTEGER, FLOAT, LONG, DOUBLE, CLASS, STRING, METHOD_HANDLE, METHOD_TYPE, DYNAMIC);
                if (constant.tag() == CLASS) {
                    usedClasses.add(argument);
                }
                if (bootstrapHandles.contains(argument)) {
                    sink.add("CONF-BC-005", self, reference, "a bootstrap method handle is passed as a static argument of " + reference);
                }
            }
        }
    }

    private void uses() {
        Constant[] pool = file.pool();
        for (int i = 1; i < pool.length; i++) {
            if (pool[i] != null && !exempt.contains(i) && isMemberRef(pool[i].tag())) {
                usedClasses.add(pool[i].first());
            }
        }
        usedClasses.addAll(file.classRefs());
        for (Member method : file.methods()) {
            if (method.code() == null) {
                continue;
            }
            String location = self + "#" + method.name() + method.descriptor();
            CodeScanner.scan(method.code().instructions(), (opcode, index) -> instruction(opcode, index, location));
            for (int catchType : method.code().catchTypes()) {
                file.constant(catchType, CLASS);
                usedClasses.add(catchType);
                locations.putIfAbsent(catchType, location);
            }
        }
    }

    private void instruction(int opcode, int index, String location) {
        Constant constant = file.constant(index, expectedTags(opcode));
        locations.putIfAbsent(index, location);
        if (constant.tag() == CLASS) {
            usedClasses.add(index);
        }
        if (constant.tag() == METHOD_HANDLE || constant.tag() == METHOD_TYPE) {
            sink.add("CONF-BC-005", location, "constant pool #" + index,
                    "code loads a method handle or method type constant (#" + index + "), which javac never does");
        }
        if (exempt.contains(index)) {
            sink.add("CONF-BC-005", location, "constant pool #" + index, "code invokes a bootstrap method directly (#" + index + ")");
        }
    }

    private static int[] expectedTags(int opcode) {
        return switch (opcode) {
            case CodeScanner.LDC, CodeScanner.LDC_W -> new int[] {INTEGER, FLOAT, STRING, CLASS, METHOD_HANDLE, METHOD_TYPE, DYNAMIC};
            case CodeScanner.LDC2_W -> new int[] {LONG, DOUBLE, DYNAMIC};
            case CodeScanner.INVOKEDYNAMIC -> new int[] {INVOKE_DYNAMIC};
            case CodeScanner.INVOKEINTERFACE -> new int[] {INTERFACE_METHODREF};
            case CodeScanner.NEW, CodeScanner.ANEWARRAY, CodeScanner.CHECKCAST, CodeScanner.INSTANCEOF,
                 CodeScanner.MULTIANEWARRAY -> new int[] {CLASS};
            default -> opcode <= CodeScanner.PUTFIELD ? new int[] {FIELDREF} : new int[] {METHODREF, INTERFACE_METHODREF};
        };
    }

    private void propagateLocations() {
        for (int round = 0; round < 4; round++) {
            for (Map.Entry<Integer, String> entry : Map.copyOf(locations).entrySet()) {
                Constant constant = file.pool()[entry.getKey()];
                switch (constant.tag()) {
                    case INVOKE_DYNAMIC, DYNAMIC -> {
                        if (constant.first() < file.bootstraps().size()) {
                            file.bootstraps().get(constant.first()).arguments()
                                    .forEach(argument -> locations.putIfAbsent(argument, entry.getValue()));
                        }
                    }
                    case METHOD_HANDLE -> locations.putIfAbsent(constant.second(), entry.getValue());
                    case FIELDREF, METHODREF, INTERFACE_METHODREF -> locations.putIfAbsent(constant.first(), entry.getValue());
                    default -> { }
                }
            }
        }
    }

    private void pool() {
        Constant[] pool = file.pool();
        for (int i = 1; i < pool.length; i++) {
            Constant constant = pool[i];
            if (constant == null || exempt.contains(i)) {
                continue;
            }
            String location = locations.getOrDefault(i, self + " constant pool #" + i);
            switch (constant.tag()) {
                case CLASS -> {
                    boolean inert = !usedClasses.contains(i) && (file.innerClassRefs().contains(i) || bootstrapOwners.contains(i));
                    String name = Descriptors.classEntryName(file.utf8(constant.first()));
                    if (!inert && name != null) {
                        checkClass(name, location);
                    }
                }
                case FIELDREF, METHODREF, INTERFACE_METHODREF -> memberRef(i, constant, location);
                case METHOD_TYPE -> checkDescriptor(file.utf8(constant.first()), location);
                case METHOD_HANDLE -> {
                    if (constant.first() < 1 || constant.first() > 9) {
                        throw new ClassFile.MalformedClassException("method handle #" + i + " has reference kind " + constant.first());
                    }
                    file.constant(constant.second(), constant.first() <= 4 ? new int[] {FIELDREF} : new int[] {METHODREF, INTERFACE_METHODREF});
                    if (exempt.contains(constant.second()) && !bootstrapHandles.contains(i)) {
                        sink.add("CONF-BC-005", location, "constant pool #" + i, "method handle #" + i + " points to a bootstrap method");
                    }
                }
                case INVOKE_DYNAMIC, DYNAMIC -> {
                    if (constant.first() >= file.bootstraps().size()) {
                        throw new ClassFile.MalformedClassException("dynamic constant #" + i + " names bootstrap " + constant.first()
                                + " of " + file.bootstraps().size());
                    }
                    checkDescriptor(file.utf8(file.constant(constant.second(), NAME_AND_TYPE).second()), location);
                }
                case ClassFile.MODULE, ClassFile.PACKAGE -> throw new ClassFile.MalformedClassException(
                        "constant pool #" + i + " is a module or package entry, which only module descriptors have");
                case STRING -> file.utf8(constant.first());
                default -> { }
            }
        }
    }

    private void memberRef(int index, Constant constant, String location) {
        String ownerInternal = file.className(constant.first());
        Constant nameAndType = file.constant(constant.second(), NAME_AND_TYPE);
        String name = file.utf8(nameAndType.first());
        String descriptor = file.utf8(nameAndType.second());
        String owner = Descriptors.classEntryName(ownerInternal);
        if (owner != null && !ownerInternal.startsWith("[") && !own.contains(owner)) {
            Verdict verdict = rules.check(owner, name, descriptor);
            if (verdict instanceof Verdict.Denied denied) {
                sink.denied(denied, location, owner + "#" + name);
            }
        }
        checkDescriptor(descriptor, location);
    }

    private void members() {
        for (Member field : file.fields()) {
            checkDescriptor(field.descriptor(), self + "#" + field.name());
        }
        for (Member method : file.methods()) {
            String location = self + "#" + method.name() + method.descriptor();
            checkDescriptor(method.descriptor(), location);
            if ((method.access() & ClassFile.ACC_NATIVE) != 0) {
                sink.add("CONF-BC-008", location, self + "#" + method.name(), "native method " + method.name() + " would link to code outside the JVM");
            }
            if (method.name().equals("finalize") && method.descriptor().equals("()V")) {
                sink.add("CONF-BC-008", location, self + "#finalize", "finalize() would run on the JVM's finalizer thread after the integration stopped");
            }
        }
        file.descriptors().forEach(descriptor -> checkDescriptor(descriptor, self));
        file.signatures().forEach(signature -> checkDescriptor(signature, self + " signature " + signature));
    }

    private void checkDescriptor(String descriptor, String location) {
        for (String type : Descriptors.classNames(descriptor)) {
            checkClass(type, location);
        }
    }

    private void checkClass(String name, String location) {
        if (own.contains(name)) {
            return;
        }
        if (rules.allowlist().checkClass(name) instanceof Verdict.Denied denied) {
            sink.denied(denied, location, name);
        }
    }

    private static boolean isMemberRef(int tag) {
        return tag == FIELDREF || tag == METHODREF || tag == INTERFACE_METHODREF;
    }
}

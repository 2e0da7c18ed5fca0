package dev.pincer.runtime.vet;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.Map;
import java.util.Optional;

/** Checks the names one parsed source file uses; see {@link SourceVetter}. */
final class SourceFileChecker {
    /** Methods recognised by name whatever their receiver, with the class that declares them. */
    private static final Map<String, String> REFLECTIVE_BY_NAME = Map.ofEntries(
            Map.entry("setAccessible", "java.lang.reflect.AccessibleObject"),
            Map.entry("trySetAccessible", "java.lang.reflect.AccessibleObject"),
            Map.entry("getClassLoader", "java.lang.Class"),
            Map.entry("getContextClassLoader", "java.lang.Thread"),
            Map.entry("invokeExact", "java.lang.invoke.MethodHandle"),
            Map.entry("invokeWithArguments", "java.lang.invoke.MethodHandle"),
            Map.entry("findStatic", "java.lang.invoke.MethodHandles$Lookup"),
            Map.entry("findVirtual", "java.lang.invoke.MethodHandles$Lookup"),
            Map.entry("findSpecial", "java.lang.invoke.MethodHandles$Lookup"),
            Map.entry("findConstructor", "java.lang.invoke.MethodHandles$Lookup"),
            Map.entry("findVarHandle", "java.lang.invoke.MethodHandles$Lookup"),
            Map.entry("findStaticVarHandle", "java.lang.invoke.MethodHandles$Lookup"),
            Map.entry("unreflect", "java.lang.invoke.MethodHandles$Lookup"));

    private final MemberRules rules;
    private final SourceNames names;
    private final String file;
    private final FindingSink sink;

    SourceFileChecker(MemberRules rules, SourceNames names, String file, FindingSink sink) {
        this.rules = rules;
        this.names = names;
        this.file = file;
        this.sink = sink;
    }

    void check(CompilationUnit unit) {
        unit.getImports().forEach(this::importDeclaration);
        unit.walk(Node.class, node -> {
            switch (node) {
                case ClassOrInterfaceType type -> type(type);
                case ClassOrInterfaceDeclaration declaration -> supertypes(declaration);
                case ObjectCreationExpr creation -> creation(creation);
                case MethodCallExpr call -> call(call);
                case FieldAccessExpr access -> access(access);
                case MethodReferenceExpr reference -> methodReference(reference);
                default -> { }
            }
        });
    }

    private void importDeclaration(ImportDeclaration declaration) {
        String name = declaration.getNameAsString();
        if (declaration.isStatic() && !declaration.isAsterisk()) {
            int dot = name.lastIndexOf('.');
            names.resolve(name.substring(0, dot)).ifPresent(owner -> member(declaration, owner, name.substring(dot + 1)));
        } else if (!declaration.isAsterisk() || declaration.isStatic()) {
            names.resolve(name).ifPresent(type -> type(declaration, type));
        } else if (rules.allowlist().checkClass(name + ".$") instanceof Verdict.Denied denied
                && !denied.ruleId().equals(Allowlist.DEFAULT_DENY_RULE)) {
            sink.denied(denied, location(declaration), name + ".*");
        }
    }

    private void type(ClassOrInterfaceType type) {
        if (type.getParentNode().orElse(null) instanceof ClassOrInterfaceType parent && parent.getScope().orElse(null) == type) {
            return;
        }
        names.resolve(type.getNameWithScope()).ifPresent(name -> type(type, name));
    }

    private void supertypes(ClassOrInterfaceDeclaration declaration) {
        for (ClassOrInterfaceType supertype : declaration.getExtendedTypes()) {
            supertype(supertype);
        }
        for (ClassOrInterfaceType supertype : declaration.getImplementedTypes()) {
            supertype(supertype);
        }
    }

    private void supertype(ClassOrInterfaceType supertype) {
        names.resolve(supertype.getNameWithScope()).ifPresent(type -> rules.refusesAsSupertype(type).ifPresent(reason ->
                sink.add("CONF-BC-006", location(supertype), type, "integration classes may not extend or implement " + type + ": " + reason)));
    }

    private void creation(ObjectCreationExpr creation) {
        names.resolve(creation.getType().getNameWithScope()).ifPresent(type -> {
            if (rules.allowlist().checkClass(type) instanceof Verdict.Allowed allowed && allowed.restricted()) {
                member(creation, type, "<init>");
            }
        });
    }

    private void call(MethodCallExpr call) {
        String name = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        Optional<String> owner = scope.flatMap(names::typeOf);
        if (owner.isPresent()) {
            member(call, owner.get(), name);
        } else if (scope.isPresent() && constantOwner(scope.get()).isPresent()) {
            member(call, constantOwner(scope.get()).get(), name);
        } else if (scope.isPresent() && isClassValued(scope.get())) {
            member(call, "java.lang.Class", name);
        } else if (scope.isPresent() && scope.get() instanceof MethodCallExpr inner && inner.getNameAsString().equals("currentThread")) {
            member(call, "java.lang.Thread", name);
        } else if (REFLECTIVE_BY_NAME.containsKey(name)) {
            member(call, REFLECTIVE_BY_NAME.get(name), name);
        }
    }

    private void access(FieldAccessExpr access) {
        if (names.typeOf(access).isPresent()) {
            return; // a nested type such as Thread.State, checked where it is used
        }
        names.typeOf(access.getScope()).ifPresent(owner -> member(access, owner, access.getNameAsString()));
    }

    private void methodReference(MethodReferenceExpr reference) {
        String member = reference.getIdentifier().equals("new") ? "<init>" : reference.getIdentifier();
        names.typeOf(reference.getScope()).ifPresent(owner -> member(reference, owner, member));
    }

    /** The type of a constant such as {@code TimeUnit.SECONDS}, assumed to be the type that declares it. */
    private Optional<String> constantOwner(Expression expression) {
        if (expression instanceof FieldAccessExpr access && access.getNameAsString().matches("[A-Z][A-Z0-9_]*")) {
            return names.typeOf(access.getScope());
        }
        return Optional.empty();
    }

    private boolean isClassValued(Expression expression) {
        if (expression instanceof ClassExpr) {
            return true;
        }
        if (expression instanceof MethodCallExpr call) {
            return call.getNameAsString().equals("getClass")
                    || call.getNameAsString().equals("forName")
                    && call.getScope().flatMap(names::typeOf).filter("java.lang.Class"::equals).isPresent();
        }
        return false;
    }

    private void type(Node node, String type) {
        if (rules.allowlist().checkClass(type) instanceof Verdict.Denied denied) {
            sink.denied(denied, location(node), type);
        }
    }

    private void member(Node node, String owner, String member) {
        if (rules.check(owner, member, "") instanceof Verdict.Denied denied) {
            sink.denied(denied, location(node), owner + "#" + member);
        }
    }

    private String location(Node node) {
        return node.getBegin().map(position -> file + ":" + position.line + ":" + position.column).orElse(file + ":1:1");
    }
}

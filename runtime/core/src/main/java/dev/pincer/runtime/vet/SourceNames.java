package dev.pincer.runtime.vet;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves type names in one source file the way javac would, without compiling: own types first,
 * then single-type imports, {@code java.lang}, and on-demand imports; names that look qualified
 * ({@code java.net.http.HttpClient}) are split at the first capitalised segment when no class exists.
 */
final class SourceNames {
    private final Set<String> ownSimpleNames = new HashSet<>();
    private final Set<String> ownQualifiedNames;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemand = new ArrayList<>();
    private final ClassExistence classes;

    /**
     * @param ownTypeNames simple names of every type the integration declares
     * @param ownQualifiedNames dotted qualified names of those types ({@code a.b.Outer.Inner})
     */
    SourceNames(CompilationUnit unit, Set<String> ownTypeNames, Set<String> ownQualifiedNames, ClassExistence classes) {
        this.classes = classes;
        this.ownQualifiedNames = ownQualifiedNames;
        ownSimpleNames.addAll(ownTypeNames);
        unit.findAll(TypeParameter.class).forEach(parameter -> ownSimpleNames.add(parameter.getNameAsString()));
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (declaration.isStatic()) {
                continue;
            }
            if (declaration.isAsterisk()) {
                onDemand.add(name);
            } else {
                singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        unit.getPackageDeclaration().ifPresent(pkg -> onDemand.add(0, pkg.getNameAsString()));
    }

    /** The binary name of a dotted type name, if it names a class that is not the integration's own. */
    Optional<String> resolve(String dotted) {
        String[] segments = dotted.split("\\.");
        if (ownSimpleNames.contains(segments[0])
                || ownQualifiedNames.stream().anyMatch(own -> dotted.equals(own) || dotted.startsWith(own + "."))) {
            return Optional.empty();
        }
        String base = resolveSimple(segments[0]);
        if (base != null) {
            StringBuilder name = new StringBuilder(base);
            for (int i = 1; i < segments.length; i++) {
                name.append('$').append(segments[i]);
                if (!classes.exists(name.toString())) {
                    return Optional.empty();
                }
            }
            return Optional.of(name.toString());
        }
        return qualified(segments);
    }

    /** The binary name of an expression that names a type ({@code System}, {@code java.lang.System}), if it does. */
    Optional<String> typeOf(Expression expression) {
        String dotted = dotted(expression);
        return dotted == null ? Optional.empty() : resolve(dotted);
    }

    static String dotted(Expression expression) {
        if (expression instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (expression instanceof FieldAccessExpr access) {
            String scope = dotted(access.getScope());
            return scope == null ? null : scope + "." + access.getNameAsString();
        }
        if (expression instanceof TypeExpr type && type.getType() instanceof ClassOrInterfaceType classType) {
            return classType.getNameWithScope();
        }
        return null;
    }

    private String resolveSimple(String simpleName) {
        String imported = singleImports.get(simpleName);
        if (imported != null) {
            return classes.exists(imported) ? imported : looksQualified(imported.split("\\.")).orElse(imported);
        }
        if (classes.exists("java.lang." + simpleName)) {
            return "java.lang." + simpleName;
        }
        for (String container : onDemand) {
            for (String candidate : List.of(container + "." + simpleName, container + "$" + simpleName)) {
                if (classes.exists(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private Optional<String> qualified(String[] segments) {
        if (segments.length < 2 || !Character.isLowerCase(segments[0].charAt(0))) {
            return Optional.empty();
        }
        for (int split = 1; split < segments.length; split++) {
            String name = String.join(".", List.of(segments).subList(0, split)) + "."
                    + String.join("$", List.of(segments).subList(split, segments.length));
            if (classes.exists(name)) {
                return Optional.of(name);
            }
        }
        return looksQualified(segments);
    }

    /** {@code a.b.C.D} becomes {@code a.b.C$D} when every segment from the first capitalised one is capitalised. */
    private static Optional<String> looksQualified(String[] segments) {
        for (int split = 1; split < segments.length; split++) {
            if (Character.isUpperCase(segments[split].charAt(0))) {
                for (int i = split; i < segments.length; i++) {
                    if (!Character.isUpperCase(segments[i].charAt(0))) {
                        return Optional.empty();
                    }
                }
                return Optional.of(String.join(".", List.of(segments).subList(0, split)) + "."
                        + String.join("$", List.of(segments).subList(split, segments.length)));
            }
        }
        return Optional.empty();
    }
}

package dev.pincer.runtime.tool;

import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One action a tool's manifest declares: what it is called, what it does, the JSON Schema of its
 * arguments, its effect and the resource it touches (MAN-009).
 *
 * <p>The runtime checks arguments against {@link #arguments()} and asks the owner's permissions for
 * {@link #effect()} on the resolved {@link #resource()} before the tool runs the action.
 *
 * @param name the action's name, {@code [a-z][a-z0-9_]{0,31}}, such as {@code list_issues}
 * @param description what the action does, for the owner and the model; not blank
 * @param arguments the JSON Schema of the arguments, of type {@code object}, within the subset of {@link ArgumentSchema}
 * @param effect what the action does to the world
 * @param resource the resource it touches; each placeholder names a required string or integer argument
 * @param amount what a spend action costs: the required number argument that holds it and the currency;
 *     only an action whose effect is spend may declare one
 */
public record ActionDeclaration(String name, String description, JsonObject arguments, Effect effect,
        ResourceTemplate resource, Optional<AmountDeclaration> amount) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    /**
     * Checks every part.
     *
     * @throws ActionDeclarationException for the first part that breaks a rule, with its path relative to the action
     */
    public ActionDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(amount, "amount");
        if (!NAME.matcher(name).matches()) {
            throw new ActionDeclarationException("name", Json.quote(name) + " is not a valid action name",
                    "write 1 to 32 characters: a lower-case letter, then lower-case letters, digits or '_', such as list_issues");
        }
        if (description.isBlank()) {
            throw new ActionDeclarationException("description", "the description is blank",
                    "say in a sentence what the action does, for the owner and the model");
        }
        try {
            SchemaRules.checkArguments(arguments);
        } catch (ActionDeclarationException e) {
            throw e.under("arguments");
        }
        for (String placeholder : resource.placeholders()) {
            checkPlaceholder(placeholder, arguments, resource);
        }
        amount.ifPresent(declared -> checkAmount(declared, arguments, effect));
    }

    /** An action that declares no amount. */
    public ActionDeclaration(String name, String description, JsonObject arguments, Effect effect, ResourceTemplate resource) {
        this(name, description, arguments, effect, resource, Optional.empty());
    }

    /**
     * What a call with these arguments costs; empty when the action declares no amount, or the argument is
     * missing, not a number or negative (an unknown amount, which a money budget refuses).
     */
    public Optional<Amount> amountFor(JsonObject values) {
        Objects.requireNonNull(values, "values");
        return amount.flatMap(declared -> values.get(declared.argument())
                .filter(JsonNumber.class::isInstance)
                .map(n -> ((JsonNumber) n).value())
                .filter(v -> v.signum() >= 0)
                .map(v -> new Amount(v, declared.currency())));
    }

    /** The problems of {@code values} against this action's schema; empty when they are valid. */
    public List<String> argumentProblems(JsonObject values) {
        return ArgumentSchema.problems(arguments, values);
    }

    /**
     * The resource these arguments touch.
     *
     * @throws IllegalArgumentException if the arguments lack a value the resource needs
     */
    public String resourceFor(JsonObject values) {
        return resource.resolve(values);
    }

    private static void checkAmount(AmountDeclaration declared, JsonObject arguments, Effect effect) {
        if (effect != Effect.SPEND) {
            throw new ActionDeclarationException("amount", "the action's effect is \"" + effect.wireName()
                    + "\", and only a spend action declares an amount", "remove \"amount\", or set \"effect\" to \"spend\"");
        }
        problem(declared.argument(), arguments, Set.of("number", "integer")).ifPresent(problem -> {
            throw new ActionDeclarationException("amount.argument", Json.quote(declared.argument()) + " " + problem,
                    "name an argument that is declared, listed in \"required\", and of type number or integer");
        });
    }

    /** Why {@code name} is not a required argument of one of {@code types}; empty when it is. */
    private static Optional<String> problem(String name, JsonObject arguments, Set<String> types) {
        JsonObject property = arguments.optObject("properties").flatMap(p -> p.optObject(name)).orElse(null);
        boolean required = arguments.optArray("required")
                .map(r -> r.elements().contains(new JsonString(name))).orElse(false);
        String type = property == null ? "" : property.string("type");
        if (property == null) {
            return Optional.of("is not a declared argument");
        }
        if (!required) {
            return Optional.of("is not a required argument");
        }
        return types.contains(type) ? Optional.empty() : Optional.of("is of type \"" + type + "\"");
    }

    private static void checkPlaceholder(String placeholder, JsonObject arguments, ResourceTemplate resource) {
        problem(placeholder, arguments, Set.of("string", "integer")).ifPresent(problem -> {
            throw new ActionDeclarationException("resource", "placeholder {" + placeholder + "} of "
                    + Json.quote(resource.text()) + " " + problem,
                    "name only arguments that are declared, listed in \"required\", and of type string or integer");
        });
    }
}

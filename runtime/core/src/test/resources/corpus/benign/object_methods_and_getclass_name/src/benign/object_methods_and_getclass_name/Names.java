package benign.object_methods_and_getclass_name;

import java.util.Objects;

public final class Names {
    private Names() {}

    public static String describe(Object value) {
        return value.getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(value))
                + (value instanceof CharSequence text ? " " + text.length() : "") + " " + Names.class.getName();
    }

    public static boolean sameKind(Object a, Object b) {
        return a.getClass() == b.getClass() && a.hashCode() == a.hashCode() && Objects.equals(a.toString(), a.toString());
    }

    public static <T> T as(Class<T> type, Object value) {
        return type.isInstance(value) ? type.cast(value) : null;
    }
}

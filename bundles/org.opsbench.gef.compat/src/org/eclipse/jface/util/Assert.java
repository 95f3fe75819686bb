package org.eclipse.jface.util;

/**
 * JFace's assertions, removed from the platform in 3.x and still called by GEF 3.2 (the only GEF on
 * Maven Central). GEF finds this class here, in its fragment, after JFace: a bundle that requires
 * another looks in its own class path for what the required one no longer has.
 */
public final class Assert {

    private Assert() {
    }

    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }

    public static boolean isLegal(boolean expression) {
        return org.eclipse.core.runtime.Assert.isLegal(expression);
    }

    public static boolean isLegal(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isLegal(expression, message);
    }
}

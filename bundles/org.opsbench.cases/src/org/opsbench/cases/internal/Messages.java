package org.opsbench.cases.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the case services, in English and Simplified Chinese (org/opsbench/cases/messages*.properties). */
public final class Messages {

    private Messages() {
    }

    public static String format(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.opsbench.cases.messages", Locale.getDefault(),
                Messages.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}

package org.opsbench.topology.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The bundle's texts in the user's language (messages.properties, messages_zh.properties). */
public final class Messages {

    private Messages() {
    }

    public static String format(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.opsbench.topology.messages", Locale.getDefault(), Messages.class.getClassLoader())
                .getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}

package org.opsbench.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.osgi.framework.Bundle;

/**
 * The guide as the platform's help system assembles it for the current language: the tables of
 * contents of all installed bundles (ours and the modules' that link into it), and each topic's
 * page, taken from nl/&lt;language&gt;/ when a translation exists.
 */
final class GuideTopics {

    private GuideTopics() {
    }

    static IToc[] tocs() {
        return HelpSystem.getTocs();
    }

    /** @return the topic of these tocs whose href names the same page as the link (e.g. "shared-database.html"), or null */
    static ITopic byPage(IToc[] tocs, String link) {
        String page = link.substring(link.lastIndexOf('/') + 1);
        List<ITopic> topics = new ArrayList<>();
        for (IToc toc : tocs) {
            topics.addAll(List.of(toc.getTopics()));
        }
        for (int i = 0; i < topics.size(); i++) {
            ITopic topic = topics.get(i);
            String href = topic.getHref();
            if (href != null && href.substring(href.lastIndexOf('/') + 1).equals(page)) {
                return topic;
            }
            topics.addAll(List.of(topic.getSubtopics()));
        }
        return null;
    }

    /**
     * @param href a topic's href as the help system gives it: /bundle.id/path/page.html
     * @return the page's HTML in the current language
     * @throws IOException naming the href when the page is missing or unreadable
     */
    static String page(String href) throws IOException {
        String path = href.startsWith("/") ? href.substring(1) : href;
        int slash = path.indexOf('/');
        Bundle bundle = slash > 0 ? Platform.getBundle(path.substring(0, slash)) : null;
        URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromOSString("$nl$/" + path.substring(slash + 1)), null);
        if (url == null) {
            throw new IOException("The guide page " + href + " is not installed");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

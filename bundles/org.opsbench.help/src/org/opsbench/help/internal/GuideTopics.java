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
        String html;
        try (InputStream in = url.openStream()) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return withPictures(html, bundle, path.substring(slash + 1, path.lastIndexOf('/') + 1));
    }

    private static final java.util.regex.Pattern PICTURE = java.util.regex.Pattern.compile("<img([^>]*?) src=\"([^\":]+\\.png)\"");

    /**
     * Puts the page's pictures (PNG files beside it, e.g. images/case-list.png, in the page's language
     * when translated) into the page itself: the view shows pages from memory, where a relative
     * picture would not be found. A missing picture is left as it is (the browser shows its alt text).
     */
    private static String withPictures(String html, Bundle bundle, String folder) throws IOException {
        java.util.regex.Matcher picture = PICTURE.matcher(html);
        StringBuilder page = new StringBuilder();
        while (picture.find()) {
            URL file = FileLocator.find(bundle, IPath.fromOSString("$nl$/" + folder + picture.group(2)), null);
            String replacement = picture.group();
            if (file != null) {
                try (InputStream in = file.openStream()) {
                    replacement = "<img" + picture.group(1) + " src=\"data:image/png;base64,"
                            + java.util.Base64.getEncoder().encodeToString(in.readAllBytes()) + "\"";
                }
            }
            picture.appendReplacement(page, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        picture.appendTail(page);
        return page.toString();
    }
}

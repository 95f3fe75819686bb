package org.opsbench.testing;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;

/**
 * The user guide as a reader meets it: Help > Help Contents, a chapter chosen in the contents,
 * its page in the embedded browser with its pictures. For the tests of each module's chapter.
 */
public final class UserGuide {

    /** The ids the Help Contents view gives its tree and its page. */
    private static final String TOC_ID = "help.toc";
    private static final String PAGE_ID = "help.page";

    private UserGuide() {
    }

    /**
     * Opens the guide through the Help menu, chooses the chapter and waits until its page shows
     * {@code expectedText} with every picture loaded.
     *
     * @param helpMenu the Help menu and its Help Contents entry, in the test's language
     * @param tocPath  the guide's title and the chapter, as the contents show them
     * @return how many pictures the page shows
     */
    public static int showChapter(SwtRobot robot, Shell window, String[] helpMenu, String[] tocPath, String expectedText) {
        robot.menu(window, helpMenu);
        Tree contents = robot.tree(TOC_ID);
        robot.select(contents, tocPath);
        Browser page = page(robot);
        robot.waitUntil("the chapter's page with its pictures loaded", () -> text(page).contains(expectedText) && picturesLoaded(page) > 0,
                () -> "page shows: " + text(page) + " / pictures loaded: " + picturesLoaded(page));
        return robot.onUi(() -> picturesLoaded(page));
    }

    /** @return the browser that shows the chosen page of Help Contents */
    public static Browser page(SwtRobot robot) {
        return (Browser) robot.find("the guide page", Control.class, c -> PAGE_ID.equals(c.getData(SwtRobot.ID)));
    }

    /** @return the text the page renders; runs on the UI thread: call it inside robot.onUi or a wait condition */
    public static String text(Browser page) {
        return String.valueOf(page.evaluate("return document.body ? document.body.innerText : '';"));
    }

    /**
     * @return how many pictures the page has, all loaded with a size; -1 while one is missing or loading.
     *         Runs on the UI thread: call it inside robot.onUi or a wait condition
     */
    public static int picturesLoaded(Browser page) {
        Object count = page.evaluate("var pictures = Array.from(document.images);"
                + " return pictures.every(function (p) { return p.complete && p.naturalWidth > 0; }) ? pictures.length : -1;");
        return count instanceof Number number ? number.intValue() : -1;
    }
}

package org.opsbench.ui.tests;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Control;
import org.opsbench.help.internal.HelpContentsView;
import org.opsbench.testing.SwtRobot;

/** The page area of Help Contents, as the reader sees it. */
final class GuidePage {

    private GuidePage() {
    }

    static Browser find(SwtRobot robot) {
        return (Browser) robot.find("the guide page", Control.class, c -> HelpContentsView.PAGE_ID.equals(c.getData(SwtRobot.ID)));
    }

    /** The text the browser renders. Runs on the UI thread: call it inside robot.onUi or a wait condition. */
    static String text(Browser page) {
        return String.valueOf(page.evaluate("return document.body ? document.body.innerText : '';"));
    }
}

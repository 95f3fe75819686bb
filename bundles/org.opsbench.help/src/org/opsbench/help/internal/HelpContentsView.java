package org.opsbench.help.internal;

import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.help.IUAElement;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

/**
 * Help contents: the guide's table of contents on the left, the selected page on the right.
 * Pages show in the embedded browser; where the system has none (no WebKitGTK), as plain text.
 */
public final class HelpContentsView extends ViewPart {

    public static final String ID = "org.opsbench.help.contents";
    public static final String TOC_ID = "help.toc";
    public static final String PAGE_ID = "help.page";
    private static final String TEST_ID = "org.opsbench.testing.id";
    /**
     * Base of the pages' relative links. Pages are handed to the browser as text, so their links
     * get this never-resolving host; the view catches them and shows the linked topic itself.
     */
    private static final String LINK_BASE = "https://guide.opsbench.invalid/";

    private TreeViewer contents;
    private Browser browser;
    private StyledText plainPage;
    private String shownHref;
    private IToc[] tocs = new IToc[0];

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        contents.getTree().setData(TEST_ID, TOC_ID);
        contents.setContentProvider(new TocContent());
        contents.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IToc toc ? toc.getLabel() : ((ITopic) element).getLabel();
            }
        });
        contents.addSelectionChangedListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            String href = selected instanceof IToc toc ? toc.getTopic(null).getHref()
                    : selected instanceof ITopic topic ? topic.getHref() : null;
            if (href != null) {
                show(href);
            }
        });
        createPage(sash).setData(TEST_ID, PAGE_ID);
        sash.setWeights(1, 3);
        // The help system parses every installed toc.xml on first use: off the UI thread.
        background(() -> {
            IToc[] loaded = GuideTopics.tocs();
            return () -> {
                tocs = loaded;
                contents.setInput(loaded);
                contents.expandToLevel(2);
                if (shownHref == null && loaded.length > 0 && loaded[0].getTopic(null) != null) {
                    show(loaded[0].getTopic(null).getHref());
                }
            };
        });
    }

    private Control createPage(Composite parent) {
        try {
            browser = new Browser(parent, SWT.NONE);
            browser.addLocationListener(new LocationAdapter() {
                @Override
                public void changing(LocationEvent event) {
                    followLink(event);
                }
            });
            return browser;
        } catch (SWTError noBrowser) {
            // No embedded browser on this system: the guide still reads, without formatting.
            ILog.of(HelpContentsView.class).info("No embedded browser; the guide shows as text: " + noBrowser.getMessage());
            plainPage = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            return plainPage;
        }
    }

    /** Links between guide pages open the linked topic; links to the web open the system browser. */
    private void followLink(LocationEvent event) {
        String location = event.location;
        if (location == null || location.equals("about:blank") || location.startsWith("data:")) {
            return;
        }
        event.doit = false;
        if (location.startsWith(LINK_BASE)) {
            ITopic topic = GuideTopics.byPage(tocs, location.replaceAll("[#?].*$", ""));
            if (topic != null) {
                show(topic.getHref());
            }
        } else if (location.startsWith("http://") || location.startsWith("https://") || location.startsWith("mailto:")) {
            Program.launch(location);
        }
    }

    /** Shows the page of the topic with this href, e.g. /org.opsbench.help/guide/shared-database.html. */
    public void show(String href) {
        shownHref = href;
        background(() -> {
            String html;
            try {
                html = GuideTopics.page(href);
            } catch (IOException e) {
                html = "<html><head></head><body><p>" + e.getMessage() + "</p></body></html>";
            }
            String page = html;
            return () -> {
                if (href.equals(shownHref)) { // not overtaken by a later choice
                    render(href, page);
                }
            };
        });
    }

    private void render(String href, String html) {
        if (browser != null) {
            String folder = href.substring(0, href.lastIndexOf('/') + 1).replaceFirst("^/", "");
            browser.setText(html.replaceFirst("(?i)<head>", "<head><base href=\"" + LINK_BASE + folder + "\">"));
        } else {
            plainPage.setText(asText(html));
        }
    }

    /** Reads in a system job, then applies the result on the UI thread unless the view has closed meanwhile. */
    private void background(Supplier<Runnable> read) {
        Display display = contents.getControl().getDisplay();
        Job job = Job.create("Help contents", monitor -> {
            Runnable apply = read.get();
            display.asyncExec(() -> {
                if (!contents.getControl().isDisposed()) {
                    apply.run();
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    /** @return the href of the page shown */
    public String shownHref() {
        return shownHref;
    }

    /** @return whether pages show in the embedded browser (else as plain text) */
    public boolean hasBrowser() {
        return browser != null;
    }

    static String asText(String html) {
        String body = html.replaceAll("(?is).*<body[^>]*>", "").replaceAll("(?is)</body>.*", "");
        String text = body.replaceAll("(?i)<(br|/p|/h[1-6]|/li|/tr)[^>]*>", "\n").replaceAll("(?i)<li[^>]*>", "\u2022 ")
                .replaceAll("<[^>]+>", "").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
        return text.replaceAll("\n[ \t]+", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    @Override
    public void setFocus() {
        contents.getControl().setFocus();
    }

    /** Tables of contents, their topics and subtopics. */
    private static final class TocContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return (IToc[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof IToc toc ? toc.getTopics() : ((ITopic) parent).getSubtopics();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            IUAElement[] children = element instanceof IToc toc ? toc.getTopics() : ((ITopic) element).getSubtopics();
            return children.length > 0;
        }
    }

}

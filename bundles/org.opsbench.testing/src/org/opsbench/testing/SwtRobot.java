package org.opsbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * A small robot that drives real SWT widgets for UI tests, from a test thread (never the
 * UI thread): every step runs on the UI thread, every lookup waits for its widget up to
 * the timeout, and every failure says what was looked for and what was there.
 * <p>
 * Widgets are found by the text of their label (the Label before them, or their own
 * text), by id ({@code widget.setData(SwtRobot.ID, "login.user")}), or by type.
 */
public final class SwtRobot {

    /** Key of the widget data that carries a test id. */
    public static final String ID = "org.opsbench.testing.id";

    private final Display display;
    private final Duration timeout;

    public SwtRobot(Display display) {
        this(display, Duration.ofSeconds(Long.getLong("opsbench.robot.timeoutSeconds", 20)));
    }

    public SwtRobot(Display display, Duration timeout) {
        this.display = display;
        this.timeout = timeout;
    }

    public Display display() {
        return display;
    }

    /** Runs on the UI thread and returns the result; exceptions come back to the caller. */
    public <T> T onUi(Supplier<T> work) {
        if (Thread.currentThread() == display.getThread()) {
            throw new IllegalStateException("The robot drives the UI from a test thread, not from the UI thread");
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        return result.get();
    }

    public void onUi(Runnable work) {
        onUi(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Waits until the condition (checked on the UI thread) holds. The check is re-run by a
     * UI timer, so the test thread blocks on a future instead of sleeping.
     *
     * @throws RobotException naming the condition and what {@code state} reports at the timeout
     */
    public void waitUntil(String condition, BooleanSupplier check, Supplier<String> state) {
        if (!holdsWithin(timeout, condition, check)) {
            throw new RobotException("Waited " + timeout.toSeconds() + " s for " + condition + ", in vain. " + onUi(state));
        }
    }

    /** @return whether the condition (checked on the UI thread by a UI timer) came to hold within {@code limit} */
    private boolean holdsWithin(Duration limit, String condition, BooleanSupplier check) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (done.isDone()) {
                return;
            }
            try {
                if (check.getAsBoolean()) {
                    done.complete(null);
                } else {
                    display.timerExec(25, poll[0]);
                }
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        display.asyncExec(poll[0]);
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            done.cancel(false);
            return false;
        } catch (ExecutionException e) {
            throw new RobotException("Checking " + condition + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotException("Interrupted while waiting for " + condition);
        }
    }

    /** Waits for a widget matching the predicate in any visible shell. */
    public <W extends Widget> W find(String description, Class<W> type, Predicate<W> matcher) {
        AtomicReference<W> found = new AtomicReference<>();
        waitUntil(description, () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isDisposed() || !shell.isVisible()) {
                    continue;
                }
                W match = search(shell, type, matcher);
                if (match != null) {
                    found.set(match);
                    return true;
                }
            }
            return false;
        }, this::describeScreen);
        return found.get();
    }

    private static <W extends Widget> W search(Widget widget, Class<W> type, Predicate<W> matcher) {
        if (type.isInstance(widget) && matcher.test(type.cast(widget))) {
            return type.cast(widget);
        }
        if (widget instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (child.isVisible()) {
                    W match = search(child, type, matcher);
                    if (match != null) {
                        return match;
                    }
                }
            }
        }
        return null;
    }

    /** @return the visible shell with this title, once it is there */
    public Shell shell(String title) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil("a shell titled \"" + title + "\"", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    found.set(shell);
                    return true;
                }
            }
            return false;
        }, this::describeScreen);
        return found.get();
    }

    /** Waits until no visible shell has this title any more (e.g. a dialog closed). */
    public void shellClosed(String title) {
        waitUntil("the shell \"" + title + "\" to close", () -> Arrays.stream(display.getShells())
                .noneMatch(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())), this::describeScreen);
    }

    public Button button(String label) {
        return find("a button \"" + label + "\"", Button.class, b -> plain(b.getText()).equals(plain(label)) && b.isEnabled());
    }

    /** An enabled button in the given shell only (e.g. a dialog's "Add" when its parent page has an "Add..." too). */
    public Button button(Shell in, String label) {
        return find("a button \"" + label + "\" in the shell \"" + onUi(in::getText) + "\"", Button.class,
                b -> b.getShell() == in && plain(b.getText()).equals(plain(label)) && b.isEnabled());
    }

    /** A text field by id, or by the text of the label just before it. */
    public Text text(String labelOrId) {
        return find("a text field \"" + labelOrId + "\"", Text.class, t -> matchesIdOrLabel(t, labelOrId));
    }

    public Combo combo(String labelOrId) {
        return find("a combo \"" + labelOrId + "\"", Combo.class, c -> matchesIdOrLabel(c, labelOrId));
    }

    public Table table(String id) {
        return find("a table with id \"" + id + "\"", Table.class, t -> id.equals(t.getData(ID)));
    }

    public Tree tree(String id) {
        return find("a tree with id \"" + id + "\"", Tree.class, t -> id.equals(t.getData(ID)));
    }

    /** A label whose text contains the given text (e.g. a validation message). */
    public Label label(String containing) {
        return find("a label containing \"" + containing + "\"", Label.class, l -> l.getText().contains(containing));
    }

    /** Waits until some visible label, text, styled text or link shows the given text (e.g. an error message). */
    public Control shows(String containing) {
        return find("a label or text showing \"" + containing + "\"", Control.class, c -> showsText(c, containing));
    }

    private static boolean showsText(Control c, String containing) {
        return c instanceof Label l && l.getText().contains(containing)
                || c instanceof Text t && t.getText().contains(containing)
                || c instanceof org.eclipse.swt.custom.CLabel l && String.valueOf(l.getText()).contains(containing)
                || c instanceof org.eclipse.swt.custom.StyledText st && st.getText().contains(containing)
                || c instanceof org.eclipse.swt.widgets.Link link && linkText(link).contains(containing);
    }

    /** Clicks an enabled button. The click is posted, so a button that opens a modal dialog does not block the test. */
    public void click(Button button) {
        onUi(() -> {
            if (!button.isEnabled()) {
                throw new RobotException("The button \"" + button.getText() + "\" is disabled");
            }
        });
        display.asyncExec(() -> {
            if (button.isDisposed()) {
                return;
            }
            button.setFocus();
            if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
                button.setSelection(!button.getSelection());
            }
            button.notifyListeners(SWT.Selection, event(button));
        });
        onUi(() -> { }); // the click has been handled (or is showing its dialog) before the test goes on
    }

    /** Replaces the field's text as typing would: focus, then modify events. */
    public void type(Text text, String value) {
        onUi(() -> {
            text.setFocus();
            text.setText(value);
            text.notifyListeners(SWT.DefaultSelection, null);
        });
    }

    /**
     * Types with the X server's keyboard ({@code xdotool}) into whatever has the focus, then presses
     * {@code keys} (X key names: "Return", "Tab", "Down", "Escape", "ctrl+z"): what a user's keyboard
     * does, with the default button, traversal and the widgets' own key handling, unlike {@link #type}.
     */
    public void keyboard(String typed, String... keys) {
        // Without a window manager the X server's keyboard focus stays where it was: give it to the
        // window whose control has SWT's focus.
        onUi(() -> {
            Control focus = display.getFocusControl();
            if (focus != null) {
                focus.getShell().forceActive();
            }
        });
        pause(100);
        if (!typed.isEmpty()) {
            xdotool("type", "--delay", "15", typed);
        }
        for (String key : keys) {
            xdotool("key", key);
        }
        pause(150);
        onUi(() -> {
            // the keys' events have run before the caller looks
        });
    }

    /** @return the control that has the keyboard focus, or null */
    public Control focused() {
        return onUi(display::getFocusControl);
    }

    public void select(Combo combo, String item) {
        onUi(() -> {
            int index = Arrays.asList(combo.getItems()).indexOf(item);
            if (index < 0) {
                throw new RobotException("No item \"" + item + "\" in the combo; items: " + Arrays.toString(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, event(combo));
        });
    }

    /** Selects the first row whose cells contain the text (in any column). */
    public void select(Table table, String cellText) {
        waitUntil("a row \"" + cellText + "\" in the table", () -> rowIndex(table, cellText) >= 0, () -> describeTable(table));
        onUi(() -> {
            int index = rowIndex(table, cellText);
            table.setSelection(index);
            Event event = event(table);
            event.item = table.getItem(index);
            table.notifyListeners(SWT.Selection, event);
        });
    }

    /** Selects a tree item by its path of labels, expanding on the way (lazy children included). */
    public TreeItem select(Tree tree, String... path) {
        AtomicReference<TreeItem> current = new AtomicReference<>();
        for (int depth = 0; depth < path.length; depth++) {
            String label = path[depth];
            int level = depth;
            waitUntil("tree item \"" + String.join(" > ", Arrays.copyOf(path, depth + 1)) + "\"", () -> {
                TreeItem[] items = level == 0 ? tree.getItems() : current.get().getItems();
                for (TreeItem item : items) {
                    if (label.equals(item.getText())) {
                        current.set(item);
                        return true;
                    }
                }
                return false;
            }, () -> "Items there: " + Arrays.stream(level == 0 ? tree.getItems() : current.get().getItems())
                    .map(TreeItem::getText).toList());
            if (depth < path.length - 1) {
                onUi(() -> {
                    TreeItem item = current.get();
                    Event event = event(tree);
                    event.item = item;
                    tree.notifyListeners(SWT.Expand, event);
                    item.setExpanded(true);
                });
            }
        }
        onUi(() -> {
            tree.setSelection(current.get());
            Event event = event(tree);
            event.item = current.get();
            tree.notifyListeners(SWT.Selection, event);
        });
        return current.get();
    }

    /**
     * A tool bar button by its tool tip (or text), in a tool bar whose parent shows {@code nextTo}: e.g. the
     * "Cancel Operation" button of one job in the Progress view, next to that job's name.
     */
    public ToolItem toolItem(String tooltip, String nextTo) {
        AtomicReference<ToolItem> item = new AtomicReference<>();
        find("a tool item \"" + tooltip + "\" next to \"" + nextTo + "\"", ToolBar.class, bar -> {
            for (ToolItem candidate : bar.getItems()) {
                if ((plain(candidate.getToolTipText()).equals(plain(tooltip)) || plain(candidate.getText()).equals(plain(tooltip)))
                        && candidate.isEnabled() && search(bar.getParent(), Control.class, c -> showsText(c, nextTo)) != null) {
                    item.set(candidate);
                    return true;
                }
            }
            return false;
        });
        return item.get();
    }

    /**
     * An enabled tool bar button by its tool tip (or text), in any tool bar: e.g. an action in a view's tool bar.
     * In vain, the failure lists every visible tool item with its tool tip and whether it is enabled.
     */
    public ToolItem toolItem(String tooltip) {
        AtomicReference<ToolItem> item = new AtomicReference<>();
        waitUntil("an enabled tool item \"" + tooltip + "\"", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    ToolBar match = search(shell, ToolBar.class, bar -> {
                        for (ToolItem candidate : bar.getItems()) {
                            if ((plain(candidate.getToolTipText()).equals(plain(tooltip)) || plain(candidate.getText()).equals(plain(tooltip)))
                                    && candidate.isEnabled()) {
                                item.set(candidate);
                                return true;
                            }
                        }
                        return false;
                    });
                    if (match != null) {
                        return true;
                    }
                }
            }
            return false;
        }, this::describeToolItems);
        return item.get();
    }

    /** @return every visible tool item: its tool tip or text, and "(disabled)" where it is; on the UI thread */
    private String describeToolItems() {
        List<String> items = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                search(shell, ToolBar.class, bar -> {
                    for (ToolItem candidate : bar.getItems()) {
                        String name = candidate.getToolTipText() != null ? candidate.getToolTipText() : candidate.getText();
                        items.add(name + (candidate.isEnabled() ? "" : " (disabled)"));
                    }
                    return false;
                });
            }
        }
        return "Tool items: " + items;
    }

    /** Clicks an enabled tool item; posted like {@link #click(Button)}. */
    public void click(ToolItem item) {
        onUi(() -> {
            if (!item.isEnabled()) {
                throw new RobotException("The tool item \"" + item.getToolTipText() + "\" is disabled");
            }
        });
        display.asyncExec(() -> {
            if (!item.isDisposed()) {
                item.notifyListeners(SWT.Selection, event(item));
            }
        });
        onUi(() -> { });
    }

    /** Double-clicks a tree item (selects it, then the default-selection event viewers treat as a double click). */
    public void doubleClick(Tree tree, TreeItem item) {
        onUi(() -> {
            tree.setSelection(item);
            Event selection = event(tree);
            selection.item = item;
            tree.notifyListeners(SWT.Selection, selection);
            Event open = event(tree);
            open.item = item;
            tree.notifyListeners(SWT.DefaultSelection, open);
        });
    }

    /**
     * Clicks with the left button at (x, y) in the control's coordinates, as the mouse would: move,
     * press, release. For drawn canvases (diagrams, palettes) that react to the mouse itself.
     */
    public void click(Control control, int x, int y) {
        onUi(() -> {
            mouse(control, SWT.MouseMove, x, y, 0, 0);
            mouse(control, SWT.MouseDown, x, y, 1, 0);
            mouse(control, SWT.MouseUp, x, y, 1, SWT.BUTTON1);
        });
    }

    /** Presses the left button at (fromX, fromY), moves in steps to (toX, toY) and releases it there. */
    public void drag(Control control, int fromX, int fromY, int toX, int toY) {
        onUi(() -> {
            mouse(control, SWT.MouseMove, fromX, fromY, 0, 0);
            mouse(control, SWT.MouseDown, fromX, fromY, 1, 0);
            for (int step = 1; step <= 8; step++) {
                mouse(control, SWT.MouseMove, fromX + (toX - fromX) * step / 8, fromY + (toY - fromY) * step / 8, 0, SWT.BUTTON1);
            }
            mouse(control, SWT.MouseUp, toX, toY, 1, SWT.BUTTON1);
        });
    }

    /**
     * Drags with the X server's own pointer from (fromX, fromY) in one control to (toX, toY) in
     * another, as a user's hand would: press, move in steps, release. Native drag and drop (a tree
     * item onto an editor) is carried out by GTK and the X server, so events posted to SWT widgets
     * cannot start it; this moves the pointer through XTEST with {@code xdotool}, which must be
     * installed (the CI script installs it). The UI thread keeps running between the steps.
     */
    public void dragWithPointer(Control from, int fromX, int fromY, Control to, int toX, int toY) {
        org.eclipse.swt.graphics.Point start = onUi(() -> from.toDisplay(fromX, fromY));
        pointer("mousemove", String.valueOf(start.x), String.valueOf(start.y));
        dragFromPointer(to, toX, toY);
    }

    /**
     * Like {@link #dragWithPointer(Control, int, int, Control, int, int)}, from a tree item: once the
     * tree has stopped moving (deferred children still arriving shift the rows) and the pointer is
     * seen over the item. When the rows move after the pointer was placed (seen in CI: the pointer
     * then rested over the next item), the robot aims again.
     */
    public void dragWithPointer(TreeItem item, Control to, int toX, int toY) {
        Tree tree = onUi(item::getParent);
        String label = onUi(() -> item.getText());
        BooleanSupplier overItem = () -> tree.getItem(tree.toControl(display.getCursorLocation())) == item;
        for (int attempt = 1; !placePointerOver(tree, item, label, overItem); attempt++) {
            if (attempt == 5) {
                throw new RobotException("The pointer did not stay over \"" + label + "\" in " + attempt + " attempts: pointer at "
                        + onUi(display::getCursorLocation) + " over " + onUi(() -> tree.getItem(tree.toControl(display.getCursorLocation()))));
            }
        }
        dragFromPointer(to, toX, toY);
    }

    /** Moves the pointer to the item once the tree is at rest. @return whether the pointer is then seen over it */
    private boolean placePointerOver(Tree tree, TreeItem item, String label, BooleanSupplier overItem) {
        Rectangle[] last = { null };
        int[] steady = { 0 };
        waitUntil("the tree item \"" + label + "\" at rest", () -> {
            Rectangle bounds = item.getBounds();
            steady[0] = bounds.equals(last[0]) ? steady[0] + 1 : 0;
            last[0] = bounds;
            return steady[0] >= 3 && bounds.height > 0;
        }, () -> String.valueOf(last[0]));
        // The middle of the rows where the tree itself finds the item (on GTK the item's bounds can be a
        // row off from what the tree hits).
        org.eclipse.swt.graphics.Point start = onUi(() -> {
            int x = last[0].x + Math.min(20, last[0].width / 2);
            int first = Integer.MAX_VALUE;
            int lastHit = Integer.MIN_VALUE;
            for (int y = Math.max(0, last[0].y - 3 * last[0].height); y <= last[0].y + 3 * last[0].height; y++) {
                if (tree.getItem(new org.eclipse.swt.graphics.Point(x, y)) == item) {
                    first = Math.min(first, y);
                    lastHit = y;
                }
            }
            return tree.toDisplay(x, first == Integer.MAX_VALUE ? last[0].y + last[0].height / 2 : (first + lastHit) / 2);
        });
        pointer("mousemove", String.valueOf(start.x), String.valueOf(start.y));
        return holdsWithin(Duration.ofSeconds(3), "the pointer over \"" + label + "\"", overItem);
    }

    private void dragFromPointer(Control to, int toX, int toY) {
        org.eclipse.swt.graphics.Point start = onUi(display::getCursorLocation);
        org.eclipse.swt.graphics.Point end = onUi(() -> to.toDisplay(toX, toY));
        pointer("mousedown", "1");
        // Past GTK's drag threshold in small steps first, then across to the target.
        for (int step = 1; step <= 4; step++) {
            pointer("mousemove", String.valueOf(start.x + 3 * step), String.valueOf(start.y + 2 * step));
        }
        for (int step = 1; step <= 10; step++) {
            pointer("mousemove", String.valueOf(start.x + 12 + (end.x - start.x - 12) * step / 10),
                    String.valueOf(start.y + 8 + (end.y - start.y - 8) * step / 10));
        }
        pause(400);
        pointer("mouseup", "1");
        pause(200);
        onUi(() -> {
            // let the drop's events run before the caller looks
        });
    }

    private void pointer(String... command) {
        xdotool(command);
    }

    private void xdotool(String... command) {
        if (Thread.currentThread() == display.getThread()) {
            throw new IllegalStateException("The robot drives the UI from a test thread, not from the UI thread");
        }
        List<String> line = new ArrayList<>();
        line.add("xdotool");
        line.addAll(Arrays.asList(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new RobotException("xdotool " + String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new RobotException("Cannot run xdotool (apt package xdotool): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotException("Interrupted while xdotool ran");
        }
        pause(60);
    }

    /**
     * The pace of a hand, not a wait for a condition: GTK detects a drag and runs its drop protocol
     * from the timing of pointer events. Tried without it (each step synchronised with --sync, the
     * UI thread's queue run, the drag source's and drop target's own events awaited): GTK never
     * started the drag.
     */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotException("Interrupted while xdotool ran");
        }
    }

    private static void mouse(Control control, int type, int x, int y, int button, int stateMask) {
        Event event = event(control);
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        event.time = (int) System.currentTimeMillis();
        control.notifyListeners(type, event);
    }

    /** Chooses a menu bar item by its path, e.g. menu(shell, "File", "Save"); mnemonics (&) are ignored. */
    public void menu(Shell shell, String... path) {
        Menu bar = onUi(shell::getMenuBar);
        if (bar == null) {
            throw new RobotException("The shell \"" + onUi(shell::getText) + "\" has no menu bar");
        }
        choose(bar, path);
    }

    /** Opens the control's context menu (as a right click would fill it) and chooses an item. */
    public void contextMenu(Control control, String... path) {
        Menu menu = onUi(control::getMenu);
        if (menu == null) {
            throw new RobotException("The control " + onUi(control::toString) + " has no context menu");
        }
        choose(menu, path);
    }

    /** @return the texts of a control's context menu as a right click fills it (mnemonics removed), without choosing any */
    public List<String> contextMenuItems(Control control) {
        return onUi(() -> {
            Menu menu = control.getMenu();
            if (menu == null) {
                return List.<String>of();
            }
            menu.notifyListeners(SWT.Show, new Event());
            List<String> items = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                    items.add(plain(item.getText()));
                }
            }
            menu.notifyListeners(SWT.Hide, new Event());
            return items;
        });
    }

    /** Waits until the item at the end of the path is there and enabled, then chooses it. */
    private void choose(Menu menu, String... path) {
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicReference<MenuItem> target = new AtomicReference<>();
        waitUntil("the menu item \"" + String.join(" > ", path) + "\" to be there and enabled", () -> {
            MenuItem item = locate(menu, path, problem);
            target.set(item);
            return item != null;
        }, problem::get);
        // Posted, not waited for: the item may open a modal dialog, which runs its own event loop until closed.
        display.asyncExec(() -> target.get().notifyListeners(SWT.Selection, new Event()));
        onUi(() -> { }); // handled (or showing its dialog) before the test goes on
    }

    private static MenuItem locate(Menu menu, String[] path, AtomicReference<String> problem) {
        Menu current = menu;
        for (int i = 0; i < path.length; i++) {
            current.notifyListeners(SWT.Show, new Event()); // menu managers fill menus when shown
            MenuItem found = null;
            List<String> there = new ArrayList<>();
            for (MenuItem item : current.getItems()) {
                there.add(plain(item.getText()));
                if (plain(item.getText()).equals(plain(path[i]))) {
                    found = item;
                }
            }
            if (found == null) {
                problem.set("No menu item \"" + path[i] + "\"; the menu has " + there);
                return null;
            }
            if (!found.isEnabled()) {
                problem.set("The menu item \"" + path[i] + "\" is disabled");
                return null;
            }
            if (i < path.length - 1) {
                current = found.getMenu();
                if (current == null) {
                    problem.set("\"" + path[i] + "\" has no submenu");
                    return null;
                }
            } else {
                return found;
            }
        }
        return null;
    }

    /**
     * Saves a picture of the whole screen as {@code <folder>/<name>.png}; the folder is
     * {@code target/screenshots} unless -Dopsbench.screenshots.dir says otherwise.
     */
    public Path screenshot(String name) {
        Path folder = Path.of(System.getProperty("opsbench.screenshots.dir", "target/screenshots"));
        Path file = folder.resolve(name + ".png");
        // GTK lays out and paints on its frame clock: capture from a UI timer a few frames
        // after the test's last change, so the picture shows what a user would see.
        CompletableFuture<ImageData> captured = new CompletableFuture<>();
        display.asyncExec(() -> display.timerExec(250, () -> {
            try {
                Rectangle bounds = display.getBounds();
                Image image = new Image(display, bounds.width, bounds.height);
                GC gc = new GC(display);
                try {
                    gc.copyArea(image, 0, 0);
                    captured.complete(image.getImageData());
                } finally {
                    gc.dispose();
                    image.dispose();
                }
            } catch (RuntimeException e) {
                captured.completeExceptionally(e);
            }
        }));
        ImageData data;
        try {
            data = captured.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotException("Interrupted while taking the screenshot " + name);
        } catch (ExecutionException | TimeoutException e) {
            throw new RobotException("The screenshot " + name + " could not be taken: " + e);
        }
        try {
            Files.createDirectories(folder);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new RobotException("Cannot write the screenshot " + file + ": " + e.getMessage());
        }
        return file;
    }

    /** @return a description of every visible shell and its widgets, for failure messages */
    public String describeScreen() {
        StringBuilder text = new StringBuilder("Visible shells:");
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                text.append("\n  shell \"").append(shell.getText()).append('"');
                describe(shell, text, "    ");
            }
        }
        return text.toString();
    }

    private static void describe(Composite composite, StringBuilder text, String indent) {
        for (Control child : composite.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            String label = child instanceof Button b ? b.getText() : child instanceof Label l ? l.getText()
                    : child instanceof Text t ? t.getText()
                    : child instanceof org.eclipse.swt.custom.StyledText st ? st.getText()
                    : child instanceof org.eclipse.swt.widgets.Link link ? linkText(link) : null;
            if (label != null || child.getData(ID) != null || !(child instanceof Composite)) {
                text.append('\n').append(indent).append(child.getClass().getSimpleName());
                if (label != null) {
                    text.append(" \"").append(label).append('"');
                }
                if (child.getData(ID) != null) {
                    text.append(" id=").append(child.getData(ID));
                }
            }
            if (child instanceof Composite inner) {
                describe(inner, text, indent + "  ");
            }
        }
    }

    /** A link's text as shown: without its anchor tags. */
    private static String linkText(org.eclipse.swt.widgets.Link link) {
        return link.getText().replaceAll("(?i)</?a[^>]*>", "");
    }

    private static String describeTable(Table table) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (rows.size() == 10) {
                rows.add("... (" + table.getItemCount() + " rows)");
                break;
            }
            rows.add(item.getText());
        }
        return "Rows there: " + rows;
    }

    private static int rowIndex(Table table, String cellText) {
        int columns = Math.max(1, table.getColumnCount());
        for (int row = 0; row < table.getItemCount(); row++) {
            for (int column = 0; column < columns; column++) {
                if (cellText.equals(table.getItem(row).getText(column))) {
                    return row;
                }
            }
        }
        return -1;
    }

    private static boolean matchesIdOrLabel(Control control, String labelOrId) {
        if (labelOrId.equals(control.getData(ID))) {
            return true;
        }
        Composite parent = control.getParent();
        Control[] siblings = parent.getChildren();
        int index = Arrays.asList(siblings).indexOf(control);
        return index > 0 && siblings[index - 1] instanceof Label label
                && plain(label.getText()).replaceAll("[:：*]\\s*$", "").trim().equals(plain(labelOrId));
    }

    private static String plain(String text) {
        // Mnemonics: "&Save" in English, "保存(&S)" in Chinese; accelerators after a tab; the ellipsis of "Preferences...".
        // The key of a command after its tool tip: "New Case (Ctrl+Shift+N)".
        return text == null ? "" : text.replaceAll("\\(&.\\)", "").replace("&", "").replaceAll("\t.*$", "").trim()
                .replaceAll(" \\((Ctrl|Shift|Alt|Meta|F\\d+)[^)]*\\)$", "").trim()
                .replaceAll("(\\.\\.\\.|\u2026)$", "").trim();
    }

    private static Event event(Widget widget) {
        Event event = new Event();
        event.widget = widget;
        event.display = widget.getDisplay();
        return event;
    }

    /** Waits for any condition that needs no UI state, e.g. a file being written. */
    public void waitFor(String condition, BooleanSupplier check) {
        waitUntil(condition, check, () -> "");
    }
}

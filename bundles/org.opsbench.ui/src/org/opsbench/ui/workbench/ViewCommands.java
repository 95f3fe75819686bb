package org.opsbench.ui.workbench;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.State;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RegistryToggleState;

/**
 * A view's share of the command framework. The view's tool bar, its menus and the keys name
 * commands in plugin.xml (with icon and tool tip); the view handles them here. The view says when
 * a command is enabled, and may keep a toggle's state.
 * <p>
 * A view's own commands ({@link #handle}) are handled in its window while the view is open, whether or
 * not it is the active part: its tool bar works at the first click, as users expect. A platform command
 * that several parts handle, such as Refresh, is handled only while the view is the active part
 * ({@link #handleWhileActive}). The view calls {@link #dispose} when it closes.
 */
public final class ViewCommands {

    /** The platform's Refresh command, for a part's context menu (each part refreshes itself). */
    public static final String REFRESH = "org.eclipse.ui.file.refresh";

    private final IHandlerService window;
    private final IHandlerService part;
    private final java.util.List<org.eclipse.ui.handlers.IHandlerActivation> activations = new java.util.ArrayList<>();

    public ViewCommands(IWorkbenchPartSite site) {
        this.window = site.getWorkbenchWindow().getService(IHandlerService.class);
        this.part = site.getService(IHandlerService.class);
    }

    /** Handles the view's own {@code commandId} with {@code run} while the view is open; enabled until the view says otherwise. */
    public Handler handle(String commandId, Runnable run) {
        Handler handler = new Handler(event -> run.run());
        activations.add(window.activateHandler(commandId, handler));
        return handler;
    }

    /** Handles a platform command that other parts handle too, while this view is the active part. */
    public Handler handleWhileActive(String commandId, Runnable run) {
        Handler handler = new Handler(event -> run.run());
        part.activateHandler(commandId, handler); // the part's service ends it with the part
        return handler;
    }

    /** Ends the handling of the view's own commands: called from the view's dispose. */
    public void dispose() {
        window.deactivateHandlers(activations);
        activations.clear();
    }

    /**
     * Handles a toggle command (style="toggle", with the platform's toggle state): choosing it flips the
     * state, then {@code changed} runs with the new state.
     */
    public Handler toggle(String commandId, Consumer<Boolean> changed) {
        Handler handler = new Handler(event -> {
            try {
                changed.accept(!HandlerUtil.toggleCommandState(event.getCommand()));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
        activations.add(window.activateHandler(commandId, handler));
        return handler;
    }

    /** @return a toggle command's current state (false for a command without one) */
    public static boolean isOn(String commandId) {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
        State state = command.getState(RegistryToggleState.STATE_ID);
        return state != null && Boolean.TRUE.equals(state.getValue());
    }

    /** One view's handler of one command. */
    public static final class Handler extends AbstractHandler {

        private final Consumer<ExecutionEvent> run;

        private Handler(Consumer<ExecutionEvent> run) {
            this.run = run;
        }

        @Override
        public Object execute(ExecutionEvent event) {
            if (isEnabled()) {
                run.accept(event);
            }
            return null;
        }

        /** Enables or disables the command's tool items, menu items and keys. */
        public void setEnabled(boolean enabled) {
            if (enabled != isEnabled()) {
                setBaseEnabled(enabled);
                // The workbench's tool items read a handler's state when asked to, not when it changes: ask.
                org.eclipse.e4.core.services.events.IEventBroker events = PlatformUI.getWorkbench()
                        .getService(org.eclipse.e4.core.services.events.IEventBroker.class);
                if (events != null) {
                    events.send(org.eclipse.e4.ui.workbench.UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC,
                            org.eclipse.e4.ui.workbench.UIEvents.ALL_ELEMENT_ID);
                }
            }
        }
    }
}

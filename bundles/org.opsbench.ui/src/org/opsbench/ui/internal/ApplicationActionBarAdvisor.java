package org.opsbench.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File and Help menus; modules add their own contributions through menu extensions. */
final class ApplicationActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction exit;
    private IWorkbenchAction save;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction about;
    private IWorkbenchAction revert;
    private IWorkbenchAction preferences;

    ApplicationActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        exit = ActionFactory.QUIT.create(window);
        register(exit);
        save = ActionFactory.SAVE.create(window);
        register(save);
        undo = ActionFactory.UNDO.create(window);
        register(undo);
        redo = ActionFactory.REDO.create(window);
        register(redo);
        about = ActionFactory.ABOUT.create(window);
        register(about);
        revert = ActionFactory.REVERT.create(window);
        register(revert);
        preferences = ActionFactory.PREFERENCES.create(window);
        register(preferences);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        // Our own texts, so that the menus read in Chinese too (the platform ships English only here).
        save.setText(Messages.menuSave);
        revert.setText(Messages.menuRevert);
        exit.setText(Messages.menuExit);
        undo.setText(Messages.editUndo);
        redo.setText(Messages.editRedo);
        preferences.setText(Messages.menuPreferences);
        about.setText(Messages.menuAbout);
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(save);
        file.add(revert);
        file.add(new org.eclipse.jface.action.Separator());
        file.add(exit);
        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(about);
        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new org.eclipse.jface.action.Separator());
        edit.add(preferences);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }
}

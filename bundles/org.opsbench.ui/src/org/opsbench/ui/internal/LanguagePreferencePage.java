package org.opsbench.ui.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** The language OpsBench starts in: the system's, English or Simplified Chinese; used from the next start. */
public final class LanguagePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String LANGUAGE_ID = "preferences.language";

    /** Language tags in the order of the combo; "" is the system's language. */
    private static final List<String> TAGS = List.of("", "en", "zh_CN");

    private Combo language;

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
        setDescription(Messages.languageDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.languageLabel);
        language = new Combo(body, SWT.READ_ONLY);
        language.setData("org.opsbench.testing.id", LANGUAGE_ID);
        // Each language is named in itself, so that it can be found whatever the current one is.
        language.setItems(Messages.languageSystem, "English", "\u7b80\u4f53\u4e2d\u6587");
        language.select(Math.max(0, TAGS.indexOf(Preferences.language())));
        Label note = new Label(body, SWT.WRAP);
        note.setText(NLS.bind(Messages.languageNote, Preferences.languageFile()));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
        return body;
    }

    @Override
    public boolean performOk() {
        try {
            Preferences.setLanguage(TAGS.get(language.getSelectionIndex()));
            return true;
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.languageNotSaved, e.getMessage()));
            return false;
        }
    }
}

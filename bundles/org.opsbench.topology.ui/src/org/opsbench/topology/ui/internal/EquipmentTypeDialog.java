package org.opsbench.topology.ui.internal;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.opsbench.model.Equipment;
import org.opsbench.topology.DeviceTypes;

/** Asks what kind of device a dropped equipment item is (the equipment record does not say). */
public final class EquipmentTypeDialog {

    private EquipmentTypeDialog() {
    }

    /** @return the type chosen, or null when the user cancelled */
    public static DeviceTypes.DeviceType ask(Shell shell, Equipment item) {
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(Messages.equipmentTypeTitle);
        dialog.setMessage(NLS.bind(Messages.equipmentTypeMessage, item.getVendor() + " " + item.getModel(), item.getSerialNumber()));
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((DeviceTypes.DeviceType) element).name();
            }
        });
        dialog.setInput(DeviceTypes.all());
        DeviceTypes.DeviceType guess = DeviceTypes.find("switch");
        if (guess != null) {
            dialog.setInitialSelections(guess);
        }
        return dialog.open() == Window.OK && dialog.getResult().length == 1 ? (DeviceTypes.DeviceType) dialog.getResult()[0] : null;
    }
}

package org.opsbench.topology.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the network diagram editor, in English and Simplified Chinese (messages_zh.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.opsbench.topology.ui.internal.messages";

    public static String editorLoading;
    public static String editorSaving;
    public static String paletteLink;
    public static String paletteLinkHint;
    public static String paletteDevices;
    public static String paletteDeviceHint;
    public static String paletteContainers;
    public static String paletteZone;
    public static String paletteZoneHint;
    public static String paletteSite;
    public static String paletteSiteHint;
    public static String layoutAction;
    public static String planAction;
    public static String planTitle;
    public static String planMessage;
    public static String planPurpose;
    public static String planCidr;
    public static String planNote;
    public static String planAdd;
    public static String planRemove;
    public static String layoutJob;
    public static String exportAction;
    public static String importAction;
    public static String importFailedTitle;
    public static String sitePackFilter;
    public static String printAction;
    public static String revertAction;
    public static String propPortOf;
    public static String propMedia;
    public static String propBandwidth;
    public static String exportFailed;
    public static String orthogonalAction;
    public static String newDiagram;
    public static String newDiagramTitle;
    public static String newDiagramName;
    public static String newDiagramFailed;
    public static String newDiagramNameMissing;
    public static String alignMenu;
    public static String propName;
    public static String propType;
    public static String propAddress;
    public static String propZone;
    public static String propKind;
    public static String propSubnet;
    public static String propDevices;
    public static String propPorts;
    public static String propEquipment;
    public static String portsFree;
    public static String refused;
    public static String problemsColumn;
    public static String statusJob;
    public static String copyAction;
    public static String pasteAction;
    public static String equipmentTypeTitle;
    public static String equipmentTypeMessage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

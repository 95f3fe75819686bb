package org.opsbench.topology.ui.internal.figures;

import org.eclipse.swt.graphics.Color;
import org.opsbench.topology.DeviceTypes;

/** The editor's colours: one per layout tier, so that a diagram reads top to bottom at a glance. */
public final class TierColors {

    // SWT colours without a device need no disposal (SWT 3.115 and later).
    public static final Color CARD = new Color(255, 255, 255);
    public static final Color OUTLINE = new Color(96, 108, 120);
    public static final Color MUTED = new Color(84, 92, 100);
    public static final Color ZONE_FILL = new Color(236, 243, 252);
    public static final Color SITE_FILL = new Color(238, 247, 238);
    public static final Color ZONE_TITLE = new Color(52, 86, 128);
    public static final Color LINK = new Color(70, 78, 88);
    public static final Color PORT = new Color(40, 96, 160);
    public static final Color PROBLEM = new Color(200, 30, 30);
    public static final Color BADGE_BAND = new Color(246, 246, 246);

    private TierColors() {
    }

    /** A status badge's colour: red for the most urgent (0), orange, amber, then grey. */
    public static Color urgency(int urgency) {
        return switch (urgency) {
            case 0 -> new Color(200, 30, 30);
            case 1 -> new Color(230, 110, 20);
            case 2 -> new Color(200, 150, 0);
            default -> new Color(110, 120, 130);
        };
    }

    public static Color of(DeviceTypes.Tier tier) {
        return switch (tier) {
            case WAN -> new Color(120, 144, 156);
            case EDGE -> new Color(211, 84, 0);
            case CORE -> new Color(142, 68, 173);
            case DISTRIBUTION -> new Color(41, 128, 185);
            case ACCESS -> new Color(39, 174, 96);
            case ENDPOINT -> new Color(127, 140, 141);
        };
    }
}

package org.opsbench.topology.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.model.ZoneKind;
import org.opsbench.topology.ui.internal.figures.TierColors;

/**
 * The palette: select, marquee and link tools, then one entry per installed device type (the
 * {@code org.opsbench.topology.deviceTypes} extension point, built-in and plug-in types alike), then
 * zones and sites.
 */
public final class TopologyPalette {

    private TopologyPalette() {
    }

    public static PaletteRoot create(List<DeviceTypes.DeviceType> types) {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("tools");
        SelectionToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        tools.add(new ConnectionCreationToolEntry(Messages.paletteLink, Messages.paletteLinkHint, new Fixed(null),
                swatch(TierColors.LINK, true), swatch(TierColors.LINK, true)));
        root.add(tools);
        root.setDefaultEntry(select);

        PaletteDrawer devices = new PaletteDrawer(Messages.paletteDevices);
        for (DeviceTypes.DeviceType type : types) {
            ImageDescriptor icon = icon(type);
            devices.add(new CombinedTemplateCreationEntry(type.name(), NLS.bind(Messages.paletteDeviceHint, type.name(), type.ports().size()),
                    type, new Fixed(type), icon, icon));
        }
        root.add(devices);

        PaletteDrawer containers = new PaletteDrawer(Messages.paletteContainers);
        containers.add(new CombinedTemplateCreationEntry(Messages.paletteZone, Messages.paletteZoneHint, ZoneKind.ZONE, new Fixed(ZoneKind.ZONE),
                swatch(TierColors.ZONE_TITLE, false), swatch(TierColors.ZONE_TITLE, false)));
        containers.add(new CombinedTemplateCreationEntry(Messages.paletteSite, Messages.paletteSiteHint, ZoneKind.SITE, new Fixed(ZoneKind.SITE),
                swatch(new Color(60, 130, 60), false), swatch(new Color(60, 130, 60), false)));
        root.add(containers);
        return root;
    }

    /** The type's own icon when its plug-in ships one, else a swatch in its tier's colour. */
    private static ImageDescriptor icon(DeviceTypes.DeviceType type) {
        if (type.icon() != null && Platform.getBundle(type.contributor()) != null) {
            ImageDescriptor own = ResourceLocator.imageDescriptorFromBundle(type.contributor(), type.icon()).orElse(null);
            if (own != null) {
                return own;
            }
        }
        return swatch(TierColors.of(type.tier()), false);
    }

    /** A 16 x 16 square in one colour (a diagonal line for the link tool). */
    private static ImageDescriptor swatch(Color color, boolean line) {
        PaletteData colors = new PaletteData(new RGB[] { new RGB(255, 255, 255), color.getRGB(), new RGB(60, 60, 60) });
        ImageData data = new ImageData(16, 16, 2, colors);
        data.transparentPixel = 0;
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                if (line) {
                    data.setPixel(x, y, Math.abs(x - (15 - y)) <= 1 ? 1 : 0);
                } else {
                    boolean edge = x == 1 || y == 2 || x == 14 || y == 13;
                    data.setPixel(x, y, x < 1 || x > 14 || y < 2 || y > 13 ? 0 : edge ? 2 : 1);
                }
            }
        }
        return ImageDescriptor.createFromImageDataProvider(zoom -> zoom == 100 ? data : null);
    }

    /** Hands the tool what it creates: a device type, a zone kind, or nothing (a link is made by the edit policy). */
    private record Fixed(Object created) implements CreationFactory {
        @Override
        public Object getNewObject() {
            return created;
        }

        @Override
        public Object getObjectType() {
            return created == null ? null : created.getClass();
        }
    }

    /** The palette starts pinned open at the right; where the user docks it and how wide is kept per workspace. */
    public static FlyoutPaletteComposite.FlyoutPreferences preferences() {
        IEclipsePreferences stored = InstanceScope.INSTANCE.getNode("org.opsbench.topology.ui");
        return new FlyoutPaletteComposite.FlyoutPreferences() {
            @Override
            public int getDockLocation() {
                return stored.getInt("palette.dock", org.eclipse.draw2d.PositionConstants.EAST);
            }

            @Override
            public int getPaletteState() {
                return stored.getInt("palette.state", FlyoutPaletteComposite.STATE_PINNED_OPEN);
            }

            @Override
            public int getPaletteWidth() {
                return stored.getInt("palette.width", 150);
            }

            @Override
            public void setDockLocation(int location) {
                stored.putInt("palette.dock", location);
            }

            @Override
            public void setPaletteState(int state) {
                stored.putInt("palette.state", state);
            }

            @Override
            public void setPaletteWidth(int width) {
                stored.putInt("palette.width", width);
            }
        };
    }
}

/**
 */
package org.opsbench.topology.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.model.base.PersistentObject;

import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Media;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.model.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.topology.model.impl.LinkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.LinkImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.LinkImpl#getMedia <em>Media</em>}</li>
 *   <li>{@link org.opsbench.topology.model.impl.LinkImpl#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkImpl extends PersistentObject implements Link {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Port source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Port target;

	/**
	 * The default value of the '{@link #getMedia() <em>Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected static final Media MEDIA_EDEFAULT = Media.COPPER;

	/**
	 * The cached value of the '{@link #getMedia() <em>Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected Media media = MEDIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected static final int BANDWIDTH_MBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected int bandwidthMbps = BANDWIDTH_MBPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Port)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.LINK__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Port newSource) {
		Port oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Port)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.LINK__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Port newTarget) {
		Port oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Media getMedia() {
		return media;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedia(Media newMedia) {
		Media oldMedia = media;
		media = newMedia == null ? MEDIA_EDEFAULT : newMedia;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__MEDIA, oldMedia, media));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBandwidthMbps() {
		return bandwidthMbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthMbps(int newBandwidthMbps) {
		int oldBandwidthMbps = bandwidthMbps;
		bandwidthMbps = newBandwidthMbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__BANDWIDTH_MBPS, oldBandwidthMbps, bandwidthMbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case TopologyPackage.LINK__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case TopologyPackage.LINK__MEDIA:
				return getMedia();
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				return getBandwidthMbps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				setSource((Port)newValue);
				return;
			case TopologyPackage.LINK__TARGET:
				setTarget((Port)newValue);
				return;
			case TopologyPackage.LINK__MEDIA:
				setMedia((Media)newValue);
				return;
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				setBandwidthMbps((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				setSource((Port)null);
				return;
			case TopologyPackage.LINK__TARGET:
				setTarget((Port)null);
				return;
			case TopologyPackage.LINK__MEDIA:
				setMedia(MEDIA_EDEFAULT);
				return;
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				setBandwidthMbps(BANDWIDTH_MBPS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				return source != null;
			case TopologyPackage.LINK__TARGET:
				return target != null;
			case TopologyPackage.LINK__MEDIA:
				return media != MEDIA_EDEFAULT;
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				return bandwidthMbps != BANDWIDTH_MBPS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (media: ");
		result.append(media);
		result.append(", bandwidthMbps: ");
		result.append(bandwidthMbps);
		result.append(')');
		return result.toString();
	}

} //LinkImpl

/**
 */
package org.opsbench.topology.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link between two ports.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.topology.model.Link#getSource <em>Source</em>}</li>
 *   <li>{@link org.opsbench.topology.model.Link#getTarget <em>Target</em>}</li>
 *   <li>{@link org.opsbench.topology.model.Link#getMedia <em>Media</em>}</li>
 *   <li>{@link org.opsbench.topology.model.Link#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 * </ul>
 *
 * @see org.opsbench.topology.model.TopologyPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Port)
	 * @see org.opsbench.topology.model.TopologyPackage#getLink_Source()
	 * @model required="true"
	 * @generated
	 */
	Port getSource();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Port value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Port)
	 * @see org.opsbench.topology.model.TopologyPackage#getLink_Target()
	 * @model required="true"
	 * @generated
	 */
	Port getTarget();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Port value);

	/**
	 * Returns the value of the '<em><b>Media</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.topology.model.Media}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it runs over.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media</em>' attribute.
	 * @see org.opsbench.topology.model.Media
	 * @see #setMedia(Media)
	 * @see org.opsbench.topology.model.TopologyPackage#getLink_Media()
	 * @model
	 * @generated
	 */
	Media getMedia();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.Link#getMedia <em>Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media</em>' attribute.
	 * @see org.opsbench.topology.model.Media
	 * @see #getMedia()
	 * @generated
	 */
	void setMedia(Media value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bandwidth in Mbit/s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #setBandwidthMbps(int)
	 * @see org.opsbench.topology.model.TopologyPackage#getLink_BandwidthMbps()
	 * @model
	 * @generated
	 */
	int getBandwidthMbps();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.Link#getBandwidthMbps <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #getBandwidthMbps()
	 * @generated
	 */
	void setBandwidthMbps(int value);

} // Link

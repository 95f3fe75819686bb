/**
 */
package org.opsbench.topology.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A port of a device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.topology.model.Port#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.topology.model.Port#getMedia <em>Media</em>}</li>
 *   <li>{@link org.opsbench.topology.model.Port#getSpeedMbps <em>Speed Mbps</em>}</li>
 * </ul>
 *
 * @see org.opsbench.topology.model.TopologyPackage#getPort()
 * @model
 * @generated
 */
public interface Port extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, e.g. GE0/0/1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.topology.model.TopologyPackage#getPort_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.Port#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Media</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.topology.model.Media}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media</em>' attribute.
	 * @see org.opsbench.topology.model.Media
	 * @see #setMedia(Media)
	 * @see org.opsbench.topology.model.TopologyPackage#getPort_Media()
	 * @model
	 * @generated
	 */
	Media getMedia();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.Port#getMedia <em>Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media</em>' attribute.
	 * @see org.opsbench.topology.model.Media
	 * @see #getMedia()
	 * @generated
	 */
	void setMedia(Media value);

	/**
	 * Returns the value of the '<em><b>Speed Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Speed in Mbit/s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speed Mbps</em>' attribute.
	 * @see #setSpeedMbps(int)
	 * @see org.opsbench.topology.model.TopologyPackage#getPort_SpeedMbps()
	 * @model
	 * @generated
	 */
	int getSpeedMbps();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.Port#getSpeedMbps <em>Speed Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed Mbps</em>' attribute.
	 * @see #getSpeedMbps()
	 * @generated
	 */
	void setSpeedMbps(int value);

} // Port

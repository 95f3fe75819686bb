/**
 */
package org.opsbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Equipment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An installed device or software platform.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.Equipment#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.opsbench.model.Equipment#getModel <em>Model</em>}</li>
 *   <li>{@link org.opsbench.model.Equipment#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.opsbench.model.Equipment#getLocation <em>Location</em>}</li>
 *   <li>{@link org.opsbench.model.Equipment#getSoftwareVersion <em>Software Version</em>}</li>
 *   <li>{@link org.opsbench.model.Equipment#getConfigurationBaseline <em>Configuration Baseline</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getEquipment()
 * @model
 * @generated
 */
public interface Equipment extends EObject {
	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.opsbench.model.OpsPackage#getEquipment_Vendor()
	 * @model required="true"
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Equipment#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model designation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.opsbench.model.OpsPackage#getEquipment_Model()
	 * @model required="true"
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Equipment#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Serial number, unique per vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see org.opsbench.model.OpsPackage#getEquipment_SerialNumber()
	 * @model required="true"
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Equipment#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rack or room within the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.opsbench.model.OpsPackage#getEquipment_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Equipment#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Software Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Installed software or firmware version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Software Version</em>' attribute.
	 * @see #setSoftwareVersion(String)
	 * @see org.opsbench.model.OpsPackage#getEquipment_SoftwareVersion()
	 * @model
	 * @generated
	 */
	String getSoftwareVersion();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Equipment#getSoftwareVersion <em>Software Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Version</em>' attribute.
	 * @see #getSoftwareVersion()
	 * @generated
	 */
	void setSoftwareVersion(String value);

	/**
	 * Returns the value of the '<em><b>Configuration Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference of the approved configuration baseline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Configuration Baseline</em>' attribute.
	 * @see #setConfigurationBaseline(String)
	 * @see org.opsbench.model.OpsPackage#getEquipment_ConfigurationBaseline()
	 * @model
	 * @generated
	 */
	String getConfigurationBaseline();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Equipment#getConfigurationBaseline <em>Configuration Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Configuration Baseline</em>' attribute.
	 * @see #getConfigurationBaseline()
	 * @generated
	 */
	void setConfigurationBaseline(String value);

} // Equipment

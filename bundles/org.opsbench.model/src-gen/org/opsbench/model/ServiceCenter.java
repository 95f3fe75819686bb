/**
 */
package org.opsbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Center</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The company's service network: headquarters service center with its regional technical centers. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.ServiceCenter#getCode <em>Code</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceCenter#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceCenter#getHotline <em>Hotline</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceCenter#getRegions <em>Regions</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getServiceCenter()
 * @model
 * @generated
 */
public interface ServiceCenter extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short unique code, e.g. HQ.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.opsbench.model.OpsPackage#getServiceCenter_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceCenter#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.model.OpsPackage#getServiceCenter_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceCenter#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Hotline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 7x24 hotline phone number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hotline</em>' attribute.
	 * @see #setHotline(String)
	 * @see org.opsbench.model.OpsPackage#getServiceCenter_Hotline()
	 * @model
	 * @generated
	 */
	String getHotline();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceCenter#getHotline <em>Hotline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hotline</em>' attribute.
	 * @see #getHotline()
	 * @generated
	 */
	void setHotline(String value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regional technical support centers, in display order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getServiceCenter_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Region> getRegions();

} // ServiceCenter

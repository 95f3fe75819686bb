/**
 */
package org.opsbench.topology.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A range of the IP address plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.topology.model.AddressRange#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.opsbench.topology.model.AddressRange#getCidr <em>Cidr</em>}</li>
 *   <li>{@link org.opsbench.topology.model.AddressRange#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.opsbench.topology.model.TopologyPackage#getAddressRange()
 * @model
 * @generated
 */
public interface AddressRange extends EObject {
	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.topology.model.RangePurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see org.opsbench.topology.model.RangePurpose
	 * @see #setPurpose(RangePurpose)
	 * @see org.opsbench.topology.model.TopologyPackage#getAddressRange_Purpose()
	 * @model
	 * @generated
	 */
	RangePurpose getPurpose();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.AddressRange#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see org.opsbench.topology.model.RangePurpose
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(RangePurpose value);

	/**
	 * Returns the value of the '<em><b>Cidr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Range in CIDR notation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cidr</em>' attribute.
	 * @see #setCidr(String)
	 * @see org.opsbench.topology.model.TopologyPackage#getAddressRange_Cidr()
	 * @model required="true"
	 * @generated
	 */
	String getCidr();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.AddressRange#getCidr <em>Cidr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cidr</em>' attribute.
	 * @see #getCidr()
	 * @generated
	 */
	void setCidr(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.opsbench.topology.model.TopologyPackage#getAddressRange_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.opsbench.topology.model.AddressRange#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // AddressRange

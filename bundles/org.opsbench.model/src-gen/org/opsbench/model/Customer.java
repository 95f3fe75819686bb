/**
 */
package org.opsbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer organisation (项目单位) with its sites, contacts and contracts. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.Customer#getCode <em>Code</em>}</li>
 *   <li>{@link org.opsbench.model.Customer#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.model.Customer#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.opsbench.model.Customer#getTags <em>Tags</em>}</li>
 *   <li>{@link org.opsbench.model.Customer#getOffice <em>Office</em>}</li>
 *   <li>{@link org.opsbench.model.Customer#getSites <em>Sites</em>}</li>
 *   <li>{@link org.opsbench.model.Customer#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.opsbench.model.Customer#getContracts <em>Contracts</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getCustomer()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='serialUniquePerVendor'"
 * @generated
 */
public interface Customer extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique customer number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.opsbench.model.OpsPackage#getCustomer_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Customer#getCode <em>Code</em>}' attribute.
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
	 * Organisation name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.model.OpsPackage#getCustomer_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * The default value is <code>"other"</code>.
	 * The literals are from the enumeration {@link org.opsbench.model.Industry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see org.opsbench.model.Industry
	 * @see #setIndustry(Industry)
	 * @see org.opsbench.model.OpsPackage#getCustomer_Industry()
	 * @model default="other"
	 * @generated
	 */
	Industry getIndustry();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Customer#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see org.opsbench.model.Industry
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(Industry value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free keywords used for filtering, in entry order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.opsbench.model.OpsPackage#getCustomer_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Branch office responsible for the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office</em>' reference.
	 * @see #setOffice(Office)
	 * @see org.opsbench.model.OpsPackage#getCustomer_Office()
	 * @model
	 * @generated
	 */
	Office getOffice();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Customer#getOffice <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office</em>' reference.
	 * @see #getOffice()
	 * @generated
	 */
	void setOffice(Office value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sites of the customer, in display order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getCustomer_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contact persons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getCustomer_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Contracts</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.ServiceContract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service contracts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contracts</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getCustomer_Contracts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceContract> getContracts();

} // Customer

/**
 */
package org.opsbench.cases.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Saved Search</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A case search a user kept under a name, to run again from the Cases view. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#isShared <em>Shared</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getText <em>Text</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#isKindSet <em>Kind Set</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getOpenedFrom <em>Opened From</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getOpenedBefore <em>Opened Before</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#isStatusSet <em>Status Set</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#getEngineer <em>Engineer</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SavedSearch#isWithClosed <em>With Closed</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch()
 * @model annotation="http://opsbench.org/persistence unique='owner,name'"
 * @generated
 */
public interface SavedSearch extends EObject {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Login of the user who saved it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Owner()
	 * @model required="true"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, unique per owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offered to every user, not only the owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words that must all appear in the title, the description or a log record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Text()
	 * @model annotation="http://opsbench.org/persistence length='1000'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part of the vendor name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.CaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case type, or empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.CaseKind
	 * @see #setKind(CaseKind)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Kind()
	 * @model
	 * @generated
	 */
	CaseKind getKind();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.CaseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CaseKind value);

	/**
	 * Returns the value of the '<em><b>Kind Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the case type narrows the search (an enum has no empty value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind Set</em>' attribute.
	 * @see #setKindSet(boolean)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_KindSet()
	 * @model
	 * @generated
	 */
	boolean isKindSet();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#isKindSet <em>Kind Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind Set</em>' attribute.
	 * @see #isKindSet()
	 * @generated
	 */
	void setKindSet(boolean value);

	/**
	 * Returns the value of the '<em><b>Opened From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Opened at or after.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened From</em>' attribute.
	 * @see #setOpenedFrom(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_OpenedFrom()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getOpenedFrom();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getOpenedFrom <em>Opened From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened From</em>' attribute.
	 * @see #getOpenedFrom()
	 * @generated
	 */
	void setOpenedFrom(Instant value);

	/**
	 * Returns the value of the '<em><b>Opened Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Opened before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened Before</em>' attribute.
	 * @see #setOpenedBefore(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_OpenedBefore()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getOpenedBefore();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getOpenedBefore <em>Opened Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened Before</em>' attribute.
	 * @see #getOpenedBefore()
	 * @generated
	 */
	void setOpenedBefore(Instant value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer, or empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Customer()
	 * @model
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status, when statusSet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Status Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the status narrows the search.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Set</em>' attribute.
	 * @see #setStatusSet(boolean)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_StatusSet()
	 * @model
	 * @generated
	 */
	boolean isStatusSet();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#isStatusSet <em>Status Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Set</em>' attribute.
	 * @see #isStatusSet()
	 * @generated
	 */
	void setStatusSet(boolean value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity code, or empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see #setSeverity(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Severity()
	 * @model
	 * @generated
	 */
	String getSeverity();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(String value);

	/**
	 * Returns the value of the '<em><b>Engineer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assigned engineer, or empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engineer</em>' reference.
	 * @see #setEngineer(Engineer)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_Engineer()
	 * @model
	 * @generated
	 */
	Engineer getEngineer();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#getEngineer <em>Engineer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engineer</em>' reference.
	 * @see #getEngineer()
	 * @generated
	 */
	void setEngineer(Engineer value);

	/**
	 * Returns the value of the '<em><b>With Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed cases are found too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>With Closed</em>' attribute.
	 * @see #setWithClosed(boolean)
	 * @see org.opsbench.cases.model.CasesPackage#getSavedSearch_WithClosed()
	 * @model
	 * @generated
	 */
	boolean isWithClosed();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SavedSearch#isWithClosed <em>With Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>With Closed</em>' attribute.
	 * @see #isWithClosed()
	 * @generated
	 */
	void setWithClosed(boolean value);

} // SavedSearch

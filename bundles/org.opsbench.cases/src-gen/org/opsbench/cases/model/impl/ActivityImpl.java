/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CasesPackage;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#isCustomerNote <em>Customer Note</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#getPreviousHash <em>Previous Hash</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ActivityImpl#getHash <em>Hash</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActivityImpl extends PersistentObject implements Activity {
	/**
	 * The default value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDINAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected int ordinal = ORDINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityKind KIND_EDEFAULT = ActivityKind.CALL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ActivityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Instant at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCustomerNote() <em>Customer Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerNote()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CUSTOMER_NOTE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCustomerNote() <em>Customer Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerNote()
	 * @generated
	 * @ordered
	 */
	protected boolean customerNote = CUSTOMER_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreviousHash() <em>Previous Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIOUS_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousHash() <em>Previous Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousHash()
	 * @generated
	 * @ordered
	 */
	protected String previousHash = PREVIOUS_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHash() <em>Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHash()
	 * @generated
	 * @ordered
	 */
	protected static final String HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHash() <em>Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHash()
	 * @generated
	 * @ordered
	 */
	protected String hash = HASH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrdinal() {
		return ordinal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdinal(int newOrdinal) {
		int oldOrdinal = ordinal;
		ordinal = newOrdinal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__ORDINAL, oldOrdinal, ordinal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ActivityKind newKind) {
		ActivityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		Instant oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCustomerNote() {
		return customerNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerNote(boolean newCustomerNote) {
		boolean oldCustomerNote = customerNote;
		customerNote = newCustomerNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__CUSTOMER_NOTE, oldCustomerNote, customerNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreviousHash() {
		return previousHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousHash(String newPreviousHash) {
		String oldPreviousHash = previousHash;
		previousHash = newPreviousHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__PREVIOUS_HASH, oldPreviousHash, previousHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHash() {
		return hash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHash(String newHash) {
		String oldHash = hash;
		hash = newHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ACTIVITY__HASH, oldHash, hash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.ACTIVITY__ORDINAL:
				return getOrdinal();
			case CasesPackage.ACTIVITY__KIND:
				return getKind();
			case CasesPackage.ACTIVITY__AT:
				return getAt();
			case CasesPackage.ACTIVITY__AUTHOR:
				return getAuthor();
			case CasesPackage.ACTIVITY__TEXT:
				return getText();
			case CasesPackage.ACTIVITY__CUSTOMER_NOTE:
				return isCustomerNote();
			case CasesPackage.ACTIVITY__PREVIOUS_HASH:
				return getPreviousHash();
			case CasesPackage.ACTIVITY__HASH:
				return getHash();
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
			case CasesPackage.ACTIVITY__ORDINAL:
				setOrdinal((Integer)newValue);
				return;
			case CasesPackage.ACTIVITY__KIND:
				setKind((ActivityKind)newValue);
				return;
			case CasesPackage.ACTIVITY__AT:
				setAt((Instant)newValue);
				return;
			case CasesPackage.ACTIVITY__AUTHOR:
				setAuthor((String)newValue);
				return;
			case CasesPackage.ACTIVITY__TEXT:
				setText((String)newValue);
				return;
			case CasesPackage.ACTIVITY__CUSTOMER_NOTE:
				setCustomerNote((Boolean)newValue);
				return;
			case CasesPackage.ACTIVITY__PREVIOUS_HASH:
				setPreviousHash((String)newValue);
				return;
			case CasesPackage.ACTIVITY__HASH:
				setHash((String)newValue);
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
			case CasesPackage.ACTIVITY__ORDINAL:
				setOrdinal(ORDINAL_EDEFAULT);
				return;
			case CasesPackage.ACTIVITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasesPackage.ACTIVITY__AT:
				setAt(AT_EDEFAULT);
				return;
			case CasesPackage.ACTIVITY__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case CasesPackage.ACTIVITY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CasesPackage.ACTIVITY__CUSTOMER_NOTE:
				setCustomerNote(CUSTOMER_NOTE_EDEFAULT);
				return;
			case CasesPackage.ACTIVITY__PREVIOUS_HASH:
				setPreviousHash(PREVIOUS_HASH_EDEFAULT);
				return;
			case CasesPackage.ACTIVITY__HASH:
				setHash(HASH_EDEFAULT);
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
			case CasesPackage.ACTIVITY__ORDINAL:
				return ordinal != ORDINAL_EDEFAULT;
			case CasesPackage.ACTIVITY__KIND:
				return kind != KIND_EDEFAULT;
			case CasesPackage.ACTIVITY__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case CasesPackage.ACTIVITY__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case CasesPackage.ACTIVITY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CasesPackage.ACTIVITY__CUSTOMER_NOTE:
				return customerNote != CUSTOMER_NOTE_EDEFAULT;
			case CasesPackage.ACTIVITY__PREVIOUS_HASH:
				return PREVIOUS_HASH_EDEFAULT == null ? previousHash != null : !PREVIOUS_HASH_EDEFAULT.equals(previousHash);
			case CasesPackage.ACTIVITY__HASH:
				return HASH_EDEFAULT == null ? hash != null : !HASH_EDEFAULT.equals(hash);
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
		result.append(" (ordinal: ");
		result.append(ordinal);
		result.append(", kind: ");
		result.append(kind);
		result.append(", at: ");
		result.append(at);
		result.append(", author: ");
		result.append(author);
		result.append(", text: ");
		result.append(text);
		result.append(", customerNote: ");
		result.append(customerNote);
		result.append(", previousHash: ");
		result.append(previousHash);
		result.append(", hash: ");
		result.append(hash);
		result.append(')');
		return result.toString();
	}

} //ActivityImpl

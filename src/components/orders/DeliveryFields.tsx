import { FormField } from '../FormField'

/** A delivery's details as the forms hold them: who receives it, where, and on what phone. */
export type DeliveryValues = { name: string; address: string; pincode: string; phone: string }

export const noDelivery: DeliveryValues = { name: '', address: '', pincode: '', phone: '' }

/**
 * The delivery fields shared by checkout, a placed order's edit form and the saved addresses: the
 * recipient's name, the address, PIN code and phone. `complete` (a saved address) makes each one
 * required; otherwise only the address is, and the name and phone fall back to the account's.
 * `nameField` is the name's form field: `recipientName` on an order, `name` on a saved address.
 */
export function DeliveryFields({
  idPrefix,
  values,
  errors,
  complete = false,
  nameField = 'recipientName',
}: {
  idPrefix: string
  values: DeliveryValues
  errors: Record<string, string>
  complete?: boolean
  nameField?: 'recipientName' | 'name'
}) {
  return (
    <>
      <FormField
        id={`${idPrefix}-name`}
        name={nameField}
        label={complete ? 'Name' : 'Name for delivery'}
        hint={complete ? undefined : 'Leave empty for the name on your account'}
        defaultValue={values.name}
        error={errors[nameField]}
        required={complete}
        autoComplete="name"
        maxLength={120}
      />
      <FormField
        id={`${idPrefix}-address`}
        name="address"
        label="Delivery address"
        hint="House, street, area and city"
        defaultValue={values.address}
        error={errors.address}
        required
        autoComplete="street-address"
        rows={3}
      />
      <FormField
        id={`${idPrefix}-pincode`}
        name="pincode"
        label="PIN code"
        hint="6 digits"
        defaultValue={values.pincode}
        error={errors.pincode}
        required={complete}
        autoComplete="postal-code"
        inputMode="numeric"
      />
      <FormField
        id={`${idPrefix}-phone`}
        name="phone"
        label={complete ? 'Phone' : 'Phone for delivery'}
        hint={
          complete
            ? 'Indian mobile, e.g. 98765 43210'
            : 'Leave empty to use the number on your account'
        }
        defaultValue={values.phone}
        error={errors.phone}
        required={complete}
        type="tel"
        autoComplete="tel"
      />
    </>
  )
}

/** The delivery fields of a submitted form as the orders API takes them (`customerSnapshot`). */
export const deliveryFromForm = (form: FormData) => {
  const text = (name: string) => String(form.get(name) ?? '').trim()
  return {
    recipientName: text('recipientName') || null,
    address: text('address'),
    pincode: text('pincode') || null,
    phone: text('phone') || null,
  }
}

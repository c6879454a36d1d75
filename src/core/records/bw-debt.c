/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-records"
/* One debt of a resident: a BwRecord of its field table. */
#include "config.h"

#include "bw-debt.h"

struct _BwDebt
{
  BwRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BwDebt, bw_debt, BW_TYPE_RECORD)

static void
bw_debt_class_init (BwDebtClass *klass)
{
  bw_record_class_set_type (BW_RECORD_CLASS (klass), BW_RECORD_TYPE_DEBT);
}

static void
bw_debt_init (BwDebt *self)
{
}

BwCreditor
bw_debt_get_creditor (BwDebt *self)
{
  return bw_record_get_enum (BW_RECORD (self), "creditor");
}

const char *
bw_debt_get_creditor_label (BwDebt *self)
{
  const char *name = bw_record_get_text (BW_RECORD (self), "creditor_name");

  return name != NULL && *name != '\0' ? name : bw_creditor_label (bw_debt_get_creditor (self));
}

gint64
bw_debt_get_amount (BwDebt *self)
{
  return bw_record_get_int (BW_RECORD (self), "amount");
}

BwDebtStatus
bw_debt_get_status (BwDebt *self)
{
  return bw_record_get_enum (BW_RECORD (self), "status");
}

gint64
bw_debt_get_monthly_amount (BwDebt *self)
{
  return bw_record_get_int (BW_RECORD (self), "monthly_amount");
}

const char *
bw_debt_get_start_date (BwDebt *self)
{
  return bw_record_get_text (BW_RECORD (self), "start_date");
}

const char *
bw_debt_get_note (BwDebt *self)
{
  return bw_record_get_text (BW_RECORD (self), "note");
}

gboolean
bw_debt_is_open (BwDebt *self)
{
  return bw_debt_status_is_open (bw_debt_get_status (self));
}

void
bw_debts_total_open (GListModel *debts,
                     gint64     *cents,
                     guint      *n_creditors)
{
  g_autoptr(GHashTable) creditors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 total = 0;

  for (guint i = 0; debts != NULL && i < g_list_model_get_n_items (debts); i++)
    {
      g_autoptr(BwDebt) debt = g_list_model_get_item (debts, i);
      const char *name = bw_record_get_text (BW_RECORD (debt), "creditor_name");

      if (!bw_debt_is_open (debt))
        continue;
      total += bw_debt_get_amount (debt);
      /* A named creditor by its name, the same way however it is written. */
      if (name != NULL && *name != '\0')
        g_hash_table_add (creditors, g_utf8_casefold (name, -1));
      else
        g_hash_table_add (creditors, g_strdup (bw_creditor_to_key (bw_debt_get_creditor (debt))));
    }
  if (cents != NULL)
    *cents = total;
  if (n_creditors != NULL)
    *n_creditors = g_hash_table_size (creditors);
}

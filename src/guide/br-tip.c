/* br-tip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-tip.h"

/**
 * BrTip:
 *
 * A do or a don't for the interview.
 */

struct _BrTip
{
  BrGuideEntry parent_instance;

  BrTipKind kind;
  GStrv principles;
};

G_DEFINE_FINAL_TYPE (BrTip, br_tip, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PRINCIPLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_tip_finalize (GObject *object)
{
  BrTip *self = BR_TIP (object);

  g_clear_pointer (&self->principles, g_strfreev);

  G_OBJECT_CLASS (br_tip_parent_class)->finalize (object);
}

static void
br_tip_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  BrTip *self = BR_TIP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PRINCIPLES:
      g_value_set_boxed (value, self->principles);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_tip_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  BrTip *self = BR_TIP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_PRINCIPLES:
      self->principles = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_tip_class_init (BrTipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_tip_finalize;
  object_class->get_property = br_tip_get_property;
  object_class->set_property = br_tip_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BR_TYPE_TIP_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRINCIPLES] =
    g_param_spec_boxed ("principles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_tip_init (BrTip *self)
{
}

BrTipKind
br_tip_get_kind (BrTip *self)
{
  g_return_val_if_fail (BR_IS_TIP (self), 0);
  return self->kind;
}

const char * const *
br_tip_get_principles (BrTip *self)
{
  g_return_val_if_fail (BR_IS_TIP (self), NULL);
  return (const char * const *) self->principles;
}

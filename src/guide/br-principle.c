/* br-principle.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-principle.h"

/**
 * BrPrinciple:
 *
 * A leadership principle, with what it means in a system design answer.
 */

struct _BrPrinciple
{
  BrGuideEntry parent_instance;

  char *in_design;
  GStrv practices;
  gboolean added_2021;
};

G_DEFINE_FINAL_TYPE (BrPrinciple, br_principle, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_IN_DESIGN,
  PROP_PRACTICES,
  PROP_ADDED_2021,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_principle_finalize (GObject *object)
{
  BrPrinciple *self = BR_PRINCIPLE (object);

  g_clear_pointer (&self->in_design, g_free);
  g_clear_pointer (&self->practices, g_strfreev);

  G_OBJECT_CLASS (br_principle_parent_class)->finalize (object);
}

static void
br_principle_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BrPrinciple *self = BR_PRINCIPLE (object);

  switch (prop_id)
    {
    case PROP_IN_DESIGN:
      g_value_set_string (value, self->in_design);
      break;
    case PROP_PRACTICES:
      g_value_set_boxed (value, self->practices);
      break;
    case PROP_ADDED_2021:
      g_value_set_boolean (value, self->added_2021);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_principle_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BrPrinciple *self = BR_PRINCIPLE (object);

  switch (prop_id)
    {
    case PROP_IN_DESIGN:
      self->in_design = g_value_dup_string (value);
      break;
    case PROP_PRACTICES:
      self->practices = g_value_dup_boxed (value);
      break;
    case PROP_ADDED_2021:
      self->added_2021 = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_principle_class_init (BrPrincipleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_principle_finalize;
  object_class->get_property = br_principle_get_property;
  object_class->set_property = br_principle_set_property;

  properties[PROP_IN_DESIGN] =
    g_param_spec_string ("in-design", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRACTICES] =
    g_param_spec_boxed ("practices", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDED_2021] =
    g_param_spec_boolean ("added-2021", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_principle_init (BrPrinciple *self)
{
}

const char *
br_principle_get_in_design (BrPrinciple *self)
{
  g_return_val_if_fail (BR_IS_PRINCIPLE (self), NULL);
  return self->in_design;
}

const char * const *
br_principle_get_practices (BrPrinciple *self)
{
  g_return_val_if_fail (BR_IS_PRINCIPLE (self), NULL);
  return (const char * const *) self->practices;
}

gboolean
br_principle_get_added_2021 (BrPrinciple *self)
{
  g_return_val_if_fail (BR_IS_PRINCIPLE (self), FALSE);
  return self->added_2021;
}

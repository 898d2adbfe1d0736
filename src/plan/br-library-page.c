/* br-library-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-library-page.h"
#include "br-plan-library-private.h"

/**
 * BrLibraryPage:
 *
 * One of the library's views (br_plan_library_get_views()), for a guide:
 * made once, when the Plan page first shows it, from the guide's list
 * models; the guide's content never changes under it (a new guide makes
 * the Plan page build its views again).
 */
struct _BrLibraryPage
{
  AdwBin parent_instance;

  BrGuide *guide;
  char *view;
};

enum {
  PROP_0,
  PROP_GUIDE,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BrLibraryPage, br_library_page, ADW_TYPE_BIN)

static void
br_library_page_constructed (GObject *object)
{
  BrLibraryPage *self = BR_LIBRARY_PAGE (object);

  G_OBJECT_CLASS (br_library_page_parent_class)->constructed (object);

  if (self->guide != NULL && self->view != NULL)
    /* The template's page: the bin's child, not a bound template child,
     * which AdwBin's dispose would unparent a second time */
    _br_plan_library_fill (self->guide, self->view, ADW_PREFERENCES_PAGE (adw_bin_get_child (ADW_BIN (self))));
}

static void
br_library_page_dispose (GObject *object)
{
  BrLibraryPage *self = BR_LIBRARY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_LIBRARY_PAGE);
  g_clear_object (&self->guide);

  G_OBJECT_CLASS (br_library_page_parent_class)->dispose (object);
}

static void
br_library_page_finalize (GObject *object)
{
  BrLibraryPage *self = BR_LIBRARY_PAGE (object);

  g_free (self->view);

  G_OBJECT_CLASS (br_library_page_parent_class)->finalize (object);
}

static void
br_library_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BrLibraryPage *self = BR_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_library_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BrLibraryPage *self = BR_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      self->guide = g_value_dup_object (value);
      break;
    case PROP_VIEW:
      self->view = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_library_page_class_init (BrLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = br_library_page_constructed;
  object_class->dispose = br_library_page_dispose;
  object_class->finalize = br_library_page_finalize;
  object_class->get_property = br_library_page_get_property;
  object_class->set_property = br_library_page_set_property;

  /**
   * BrLibraryPage:guide:
   *
   * The guide the view shows part of.
   */
  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BrLibraryPage:view:
   *
   * Which view: a name from br_plan_library_get_views().
   */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-library-page.ui");
}

static void
br_library_page_init (BrLibraryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * br_library_page_new:
 * @guide: the guide
 * @name: a view's name, from br_plan_library_get_views()
 *
 * Returns: (transfer floating): the view, built from @guide
 */
GtkWidget *
br_library_page_new (BrGuide    *guide,
                     const char *name)
{
  g_return_val_if_fail (BR_IS_GUIDE (guide), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (BR_TYPE_LIBRARY_PAGE, "guide", guide, "view", name, NULL);
}

BrGuide *
br_library_page_get_guide (BrLibraryPage *self)
{
  g_return_val_if_fail (BR_IS_LIBRARY_PAGE (self), NULL);
  return self->guide;
}

const char *
br_library_page_get_view (BrLibraryPage *self)
{
  g_return_val_if_fail (BR_IS_LIBRARY_PAGE (self), NULL);
  return self->view;
}

import { Check, RotateCcw } from 'lucide-react';
import { useT } from '../../../i18n/I18nProvider';
import { readableInk } from '../contrast';
import { SWATCHES, type ColourRole } from '../palette';

const ROLE_LABEL = {
  fill: 'inspector.field.fill',
  stroke: 'inspector.field.stroke',
  textColor: 'inspector.field.textColor',
} as const;

interface ColourFieldProps {
  role: ColourRole;
  /** undefined: the kind's default colour; null: the selected nodes differ. */
  value: string | undefined | null;
  /** What the default looks like, when every selected node is of one kind. */
  defaultColour: string | undefined;
  onPick: (value: string | undefined) => void;
}

export function ColourField({ role, value, defaultColour, onPick }: ColourFieldProps) {
  const t = useT();
  const field = t(ROLE_LABEL[role]);
  const swatches = SWATCHES[role];
  // A colour from an imported file or an older palette: shown, so the panel does not claim "none".
  const custom = typeof value === 'string' && !swatches.some((swatch) => swatch.value === value) ? value : null;
  const name = (colour: string) => t('inspector.swatch', { field, colour });

  return (
    <fieldset className="sf-inspector__field sf-inspector__colours">
      <legend className="sf-inspector__label">{field}</legend>
      <div className="sf-inspector__swatches">
        <button
          type="button"
          className="sf-inspector__swatch sf-inspector__swatch--default"
          style={defaultColour === undefined ? undefined : { background: defaultColour, color: readableInk(defaultColour) }}
          aria-label={name(t('inspector.colour.default'))}
          title={name(t('inspector.colour.default'))}
          aria-pressed={value === undefined}
          onClick={() => onPick(undefined)}
        >
          <RotateCcw size={12} aria-hidden="true" />
        </button>
        {swatches.map((swatch) => {
          const label = name(t(`inspector.colour.${swatch.name}`));
          const pressed = value === swatch.value;
          return (
            <button
              key={swatch.name}
              type="button"
              className="sf-inspector__swatch"
              style={{ background: swatch.value, color: readableInk(swatch.value) }}
              aria-label={label}
              title={label}
              aria-pressed={pressed}
              onClick={() => onPick(swatch.value)}
            >
              {pressed && <Check size={12} aria-hidden="true" />}
            </button>
          );
        })}
        {custom !== null && (
          <span
            className="sf-inspector__swatch sf-inspector__swatch--custom"
            style={{ background: custom }}
            role="img"
            aria-label={name(t('inspector.colour.custom', { value: custom }))}
            title={name(t('inspector.colour.custom', { value: custom }))}
          />
        )}
      </div>
    </fieldset>
  );
}

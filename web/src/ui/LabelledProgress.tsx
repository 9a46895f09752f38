import { Progress, type MantineColor, type MantineRadius, type MantineSize } from '@mantine/core';

/**
 * A progress bar that says what it measures and how far along it is in words ("3 / 4 steps"),
 * on the element with the progressbar role (Mantine's own bar would put the words on its root,
 * where they are not allowed, and say only a percentage).
 */
export function LabelledProgress({
  value,
  label,
  valueText,
  color,
  size,
  radius,
}: {
  value: number;
  label: string;
  valueText: string;
  color?: MantineColor;
  size?: MantineSize;
  radius?: MantineRadius;
}) {
  return (
    <Progress.Root size={size} radius={radius}>
      <Progress.Section
        value={value}
        color={color}
        withAria={false}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(value)}
        aria-label={label}
        aria-valuetext={valueText}
      />
    </Progress.Root>
  );
}

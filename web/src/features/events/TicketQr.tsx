import { encode } from 'uqr';

/**
 * The ticket code as a QR code, drawn as one SVG path (a dark square per module). A module of its
 * own so the encoder is fetched only with a ticket.
 */
export function TicketQr({
  code,
  label,
  size = 200,
}: {
  code: string;
  label: string;
  size?: number;
}) {
  const { data } = encode(code, { ecc: 'M', border: 2 });
  const n = data.length;
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${n} ${n}`}
      shapeRendering="crispEdges"
      data-testid="ticket-qr"
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

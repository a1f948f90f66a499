import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface CaughtError {
  error: unknown;
  /** React's component stack, once known: where in the tree the error was thrown. */
  componentStack: string;
}

interface ErrorBoundaryProps {
  fallback: (caught: CaughtError) => ReactNode;
  children: ReactNode;
}

interface ErrorBoundaryState {
  caught: CaughtError | null;
}

/** Shows `fallback` instead of a blank tab when rendering below it throws. Only a class can do this. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { caught: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { caught: { error, componentStack: '' } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ caught: { error, componentStack: info.componentStack ?? '' } });
  }

  override render(): ReactNode {
    return this.state.caught ? this.props.fallback(this.state.caught) : this.props.children;
  }
}

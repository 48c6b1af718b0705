export interface AcquiredToken {
  accessToken: string;
  expiresOnTimestamp: number;
  roles: string[];
}
